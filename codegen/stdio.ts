/**
 * The commands' standard streams. A reader that closes the pipe early (`| head`) is not an
 * error of ours: the command stops quietly with the exit code it had, instead of crashing
 * with an unhandled EPIPE.
 */
export function stopQuietlyOnClosedPipe(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
