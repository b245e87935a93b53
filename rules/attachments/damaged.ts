// Thrown by a format reader where a file contradicts its own structure; caught where the reader's verdict is
// made ("the file is damaged"), so a damaged file is never read as if it were whole.
export class Damaged extends Error {}
