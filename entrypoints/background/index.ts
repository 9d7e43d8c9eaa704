import { defineBackground } from '#imports';

export default defineBackground(() => {
  // Features (checklist store, reminders) arrive with later issues.
});
