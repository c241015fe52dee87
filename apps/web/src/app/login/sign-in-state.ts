/** What the sign-in form shows after a failed attempt; the password is never echoed back. */
export interface SignInState {
  email?: string;
  message?: string;
  fieldErrors?: { email?: string; password?: string };
}
