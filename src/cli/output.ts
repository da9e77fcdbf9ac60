/** Where a command writes: its output, and its messages. */
export interface Output {
  /** Writes to standard output. */
  write(text: string): void;
  /** Writes one line to standard error. */
  error(line: string): void;
}

/** The process's own standard output and standard error. */
export const processOutput: Output = {
  write: (text) => {
    process.stdout.write(text);
  },
  error: (line) => {
    process.stderr.write(`${line}\n`);
  },
};
