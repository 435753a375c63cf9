// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** One entry of the agent's to-do list. */
export type TodoItem = {
  id: string;
  text: string;
  completed: boolean;
};
