// Hatching for "unknown" and for against-all bars: a pattern is seen without colour too.
// Ids carry the chart's prefix: several charts share the page.
export const chartColors = {
  against_all: '#d55e00', // Okabe–Ito vermillion: against all in every chart
  leader: '#0072b2', // Okabe–Ito blue
  national: '#1b1f24',
  unknown: '#eef0f3',
  unknownInk: '#6b7480',
};

export function ChartPatterns({ prefix }) {
  return (
    <defs>
      <pattern id={`${prefix}-unknown`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill={chartColors.unknown} />
        <path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" stroke={chartColors.unknownInk} stroke-width="1" />
      </pattern>
      <pattern id={`${prefix}-against`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill={chartColors.against_all} />
        <path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" stroke="#ffffff" stroke-width="0.9" stroke-opacity="0.7" />
      </pattern>
    </defs>
  );
}
