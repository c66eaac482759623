/** Quorum's mark: seats around a round table, one of them highlighted (the quorum). */
export function QuorumMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" className={className} fill="none">
      <circle cx="16" cy="16" r="6.5" stroke="currentColor" strokeWidth="2.5" />
      {[0, 60, 120, 180, 240, 300].map((deg, i) => {
        const rad = (deg * Math.PI) / 180;
        return <circle key={deg} cx={16 + 12 * Math.cos(rad)} cy={16 + 12 * Math.sin(rad)} r="2.6" fill="currentColor" opacity={i < 4 ? 1 : 0.35} />;
      })}
    </svg>
  );
}
