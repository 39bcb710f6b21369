// The file being read in the worker: how far, how many rows so far, and a way to stop.
import { bytesText } from './uploadText.js';

export function AnalysisProgress({ progress, reading, fileName, i18n, onCancel }) {
  const total = progress && progress.total ? progress.total : 0;
  const read = progress ? Math.min(progress.read || 0, total) : 0;
  return (
    <div class="analysis-progress" id="analysis-progress" role="group" aria-labelledby="analysis-progress-label">
      <p id="analysis-progress-label" class="analysis-progress__label">
        {i18n.t(reading ? 'upload.reading' : 'upload.analysing', { file: fileName })}
      </p>
      {/* Without a total yet (inspecting), an indeterminate bar: the core reports progress while it reads the rows. */}
      {total > 0 ? (
        <progress class="analysis-progress__bar" max={total} value={read} aria-labelledby="analysis-progress-label" />
      ) : (
        <progress class="analysis-progress__bar" aria-labelledby="analysis-progress-label" />
      )}
      <p class="analysis-progress__figures num" role="status" aria-live="polite">
        {total > 0 &&
          i18n.t('upload.progress', {
            read: bytesText(i18n, read),
            total: bytesText(i18n, total),
            percent: i18n.share(read / total, 0),
            rows: i18n.count(progress.rows || 0),
          })}
      </p>
      <button type="button" class="action-button" id="upload-cancel" onClick={onCancel}>
        {i18n.t('upload.cancel')}
      </button>
    </div>
  );
}
