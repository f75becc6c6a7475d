/** GITHUB_STATE keys shared by the main step and the post: step (kept apart so the post bundle stays small). */
export const STATE_MIRROR = 'shadow-mirror';
export const STATE_REMOVED = 'shadow-mirror-removed';
