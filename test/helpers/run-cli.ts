// Runs the CLI's main() in-process with captured output, as a terminal user would see it (without colour).
import { main } from '../../cli/main.ts';
import { repoRoot } from './corpus.ts';

export async function runCli(args: string[], cwd = repoRoot): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd,
    colour: false,
  });
  return { code, stdout, stderr };
}
