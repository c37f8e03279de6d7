/** Two linked rings: the chain. Decorative; the text "Keten" next to it carries the name. */
export function LogoMark({ size = 26 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="6" fill="currentColor" />
      <g fill="none" stroke="#fff" strokeWidth="3">
        <rect x="4.5" y="10.5" width="13" height="11" rx="5.5" />
        <rect x="14.5" y="10.5" width="13" height="11" rx="5.5" />
      </g>
    </svg>
  );
}
