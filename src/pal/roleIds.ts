/**
 * Built-in role IDs the generators name. Kept apart from lighthouseRoles.ts so that a page that
 * needs only an ID does not load the role data with it.
 */
export const OWNER_ROLE_ID = '8e3af657-a8ff-443c-a75c-2fe8c4bcb635';
export const USER_ACCESS_ADMINISTRATOR_ROLE_ID = '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9';
export const CONTRIBUTOR_ROLE_ID = 'b24988ac-6180-42a0-ab88-20f7382dd24c';
export const READER_ROLE_ID = 'acdd72a7-3385-48ef-bd42-f606fba81ae7';
export const SUPPORT_REQUEST_CONTRIBUTOR_ROLE_ID = 'cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e';
