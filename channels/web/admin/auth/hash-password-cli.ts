import { hashPassword } from './password';

/**
 * `npm run --silent admin:hash-password` reads the password on standard input (so that it stays out of the shell's
 * history and the process list) and prints the value of ADMIN_PASSWORD_HASH.
 */
async function main(): Promise<void> {
  if (process.stdin.isTTY) process.stderr.write('Admin password, then Enter (Ctrl-D on an empty line to end): ');
  let typed = '';
  for await (const chunk of process.stdin) {
    typed += String(chunk);
    if (process.stdin.isTTY && typed.includes('\n')) break;
  }
  const password = typed.replace(/\r?\n$/, '');
  if (password.length < 12) {
    process.stderr.write('The password must be at least 12 characters long.\n');
    process.exit(2);
  }
  process.stdout.write(`${await hashPassword(password)}\n`);
}

void main();
