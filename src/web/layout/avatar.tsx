// Image when there is one; otherwise initials on a colour picked from the name, so a
// list of people stays easy to scan.
const palette = ['#3b3fc4', '#0f766e', '#b45309', '#be185d', '#1d4ed8', '#6d28d9', '#15803d', '#9f1239'];

export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]![0], words.at(-1)![0]] : [words[0]?.[0] ?? '?'];
  return letters.join('').toUpperCase();
}

export function Avatar({
  name,
  image,
  size = 36,
}: {
  name: string;
  image: string | null | undefined;
  size?: number;
}) {
  const style = { width: size, height: size, fontSize: Math.round(size * 0.4) };
  if (image) return <img className="avatar" src={image} alt="" style={style} />;
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return (
    <span
      className="avatar"
      aria-hidden="true"
      style={{ ...style, background: palette[hash % palette.length] }}
    >
      {initials(name)}
    </span>
  );
}
