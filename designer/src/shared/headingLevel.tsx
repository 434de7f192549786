import { createContext, useContext, type ReactNode } from 'react';

/**
 * The level the next section heading takes: sections nest (a list inside a panel inside the editor)
 * and each heading is one below its container's, so headings never skip a level (axe heading-order).
 */
const Level = createContext(2);

export function SectionHeading({ children, className }: { children: ReactNode; className?: string }) {
  const level = Math.min(useContext(Level), 6);
  const Tag = `h${level}` as 'h2';
  return <Tag className={className}>{children}</Tag>;
}

/** Whatever is inside is one level deeper than the heading just drawn. */
export function Subsections({ children }: { children: ReactNode }) {
  const level = useContext(Level);
  return <Level.Provider value={level + 1}>{children}</Level.Provider>;
}
