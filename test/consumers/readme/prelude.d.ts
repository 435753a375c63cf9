// Placeholders the README's examples use without defining them: a line read from the peer, a way
// to send a message, and something that shows text. Anything else an example needs, it declares.
declare const line: string;
declare function send(message: unknown): void;
declare function render(text: string): void;
