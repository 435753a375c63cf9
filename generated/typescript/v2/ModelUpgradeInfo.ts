// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** The model that replaces this one, and what to tell the user about the change. */
export type ModelUpgradeInfo = {
  /** Id of the newer model. */
  model: string;
  /** Short text suggesting the upgrade. */
  upgradeCopy?: string | null;
  /** Link to more about the newer model. */
  modelLink?: string | null;
  /** Longer migration notes, as Markdown. */
  migrationMarkdown?: string | null;
  /** When this model is planned to be retired, as Unix time in seconds; for display only. */
  retirementAt?: number | null;
};
