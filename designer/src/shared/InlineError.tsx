/** A failed request's message beside the button that sent it, read out (role="alert"); nothing when there is none. */
export function InlineError({ error }: { error: string }) {
  if (!error) return null;
  return (
    <span role="alert" className="error">
      {' '}
      {error}
    </span>
  );
}
