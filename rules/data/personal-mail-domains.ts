// The personal-mail domains shipped with draftlint: UK providers first, then the common international ones.
// No npm list covers the UK ISP family on its own (see shared research, anchors §4), so this is kept by hand;
// schools add to it or trim it with organisation.personalMailDomains.add / .remove in the config.
export const personalMailDomains: readonly string[] = [
  // Google, Microsoft, Yahoo, Apple, AOL
  'gmail.com', 'googlemail.com', 'googlemail.co.uk',
  'hotmail.com', 'hotmail.co.uk', 'hotmail.fr', 'hotmail.ie', 'live.com', 'live.co.uk', 'live.ie',
  'outlook.com', 'outlook.co.uk', 'outlook.ie', 'msn.com', 'windowslive.com', 'passport.com',
  'yahoo.com', 'yahoo.co.uk', 'yahoo.ie', 'yahoo.fr', 'ymail.com', 'rocketmail.com',
  'icloud.com', 'me.com', 'mac.com',
  'aol.com', 'aol.co.uk', 'aim.com',
  // UK internet providers, current and legacy (parents keep these addresses for decades)
  'btinternet.com', 'btinternet.co.uk', 'btopenworld.com', 'talk21.com',
  'sky.com', 'skymail.com',
  'talktalk.net', 'tiscali.co.uk', 'tiscali.com', 'onetel.com', 'onetel.net', 'aol.talktalk.net',
  'virginmedia.com', 'ntlworld.com', 'blueyonder.co.uk', 'virgin.net', 'ntlworld.co.uk',
  'plus.net', 'plus.com', 'plusnet.com', 'force9.co.uk', 'force9.net',
  'o2.co.uk', 'o2.com', 'orange.net', 'orangehome.co.uk', 'wanadoo.co.uk', 'freeserve.co.uk',
  'ee.co.uk', 'zen.co.uk', 'zetnet.co.uk', 'madasafish.com', 'supanet.com', 'lineone.net',
  'ukonline.co.uk', 'tesco.net', 'fsmail.net', 'eclipse.co.uk', 'waitrose.com', 'kcom.com',
  'eircom.net',
  // Privacy-focused and other international providers
  'protonmail.com', 'protonmail.ch', 'proton.me', 'pm.me',
  'gmx.com', 'gmx.co.uk', 'gmx.net', 'gmx.de', 'web.de',
  'mail.com', 'email.com', 'zoho.com', 'zohomail.com', 'fastmail.com', 'fastmail.fm', 'hey.com',
  'tutanota.com', 'tutanota.de', 'tuta.io', 'tuta.com', 'hushmail.com', 'mailbox.org', 'posteo.de',
  'yandex.com', 'yandex.ru', 'mail.ru', 'inbox.ru', 'list.ru', 'bk.ru',
  'orange.fr', 'free.fr', 'laposte.net', 'sfr.fr', 'libero.it', 'virgilio.it', 'wp.pl', 'o2.pl',
  'interia.pl', 'seznam.cz', 'qq.com', '163.com', '126.com', 'sina.com', 'naver.com', 'daum.net',
  'rediffmail.com', 'comcast.net', 'verizon.net', 'att.net', 'sbcglobal.net', 'bigpond.com',
  'shaw.ca', 'rogers.com',
];
