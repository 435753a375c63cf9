// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** How clients show a thread section; every part is optional and clients may ignore what they do not know. */
export type ThreadSectionAppearance = {
  /** Colour of the section, as the client that set it names it. */
  color?: string | null;
  /** Icon of the section, as the client that set it names it. */
  icon?: string | null;
};
