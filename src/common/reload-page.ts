/** Loads the page again: every read starts anew, and code that failed to load is fetched again. */
export function reloadPage(): void {
  window.location.reload();
}
