import { redirect } from 'react-router';

/** `/me` opens the member's profile, the first screen of their space. */
export const loader = () => redirect('/me/profile');
