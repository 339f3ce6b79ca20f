// Reads a password: hidden at a terminal prompt (asked twice), or the first line of standard
// input when it is piped (`echo "$PW" | earshot admin create ...`). Never from a flag, which
// would leave it in shell history and the process list.
import { createInterface } from 'node:readline';
import { UsageError } from './usage-error.ts';

async function readPipedLine(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const output = rl as unknown as { _writeToOutput: (text: string) => void };
    rl.question(question, (answer) => { rl.close(); process.stdout.write('\n'); resolve(answer); });
    // Echo nothing while the password is typed.
    output._writeToOutput = () => {};
  });
}

export async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const password = await readPipedLine();
    if (password === '') throw new UsageError('no password on standard input');
    return password;
  }
  const first = await askHidden('Password: ');
  const second = await askHidden('Repeat password: ');
  if (first !== second) throw new UsageError('the passwords differ');
  return first;
}
