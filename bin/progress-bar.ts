import cliProgress from 'cli-progress';

/** A progress callback drawing a bar on stderr, only when stderr is a terminal (never in pipes, logs or tests). */
export function stderrProgress(label: string): { onProgress?: (done: number, total: number) => void; stop(): void } {
  if (!process.stderr.isTTY) return { stop: () => undefined };
  let bar: cliProgress.SingleBar | null = null;
  return {
    onProgress(done, total) {
      if (!bar) {
        bar = new cliProgress.SingleBar({ stream: process.stderr, format: `${label} [{bar}] {value}/{total} {eta_formatted}`, hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic);
        bar.start(total, 0);
      }
      bar.update(done);
    },
    stop() {
      bar?.stop();
    },
  };
}
