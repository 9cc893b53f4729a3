/** An entry's Indonesian name, then its English one in a muted tone when it differs. */
export function BilingualName({ name }: { name: { id: string; en: string } }) {
  return (
    <>
      <span lang="id">{name.id}</span>
      {name.en !== name.id ? (
        <span className="font-normal text-[var(--color-muted)]">
          {' / '}
          <span lang="en">{name.en}</span>
        </span>
      ) : null}
    </>
  );
}
