// "Own results": open a CSV of any election, check how the core reads it, map its columns, analyse
// it; then the report, and the page's analysis switches to the file (and back to the bundled data).
import { FileDrop } from './FileDrop.jsx';
import { FileFacts } from './FileFacts.jsx';
import { SourceFacts } from './SourceFacts.jsx';
import { PasteBox } from './PasteBox.jsx';
import { PreviewTable } from './PreviewTable.jsx';
import { MappingEditor } from './MappingEditor.jsx';
import { AnalysisProgress } from './AnalysisProgress.jsx';
import { UploadReport } from './UploadReport.jsx';
import { UploadError } from './UploadError.jsx';
import { TableLayout } from './TableLayout.jsx';
import { bytesText } from './uploadText.js';
import './upload.css';

function DatasetSwitch({ upload, viewing, i18n, actions }) {
  if (viewing) {
    return (
      <div class="dataset-switch dataset-switch--upload" id="dataset-switch">
        <p>
          {i18n.t('upload.viewing', { file: upload.report ? upload.report.file : upload.file.name })}
        </p>
        <button type="button" class="action-button" id="show-bundled" onClick={() => actions.showBundled()}>
          <span aria-hidden="true">← </span>
          {i18n.t('upload.back_to_bundled')}
        </button>
      </div>
    );
  }
  if (upload.summary && upload.phase !== 'reading' && upload.dataset) {
    return (
      <div class="dataset-switch" id="dataset-switch">
        <button type="button" class="action-button" id="show-upload" onClick={() => actions.showUpload()}>
          {i18n.t('upload.show_again', { file: upload.dataset.upload.file })}
        </button>
      </div>
    );
  }
  return null;
}

export function UploadPanel({ upload, viewing, i18n, nameOf, actions, flow }) {
  const { phase, inspection, file } = upload;
  const busy = phase === 'reading' || phase === 'analysing';
  return (
    <>
      <section class="panel upload" id="upload" aria-labelledby="upload-title" data-phase={phase} data-file={file ? file.name : undefined}>
        <h2 id="upload-title" tabindex="-1">{i18n.t('upload.title')}</h2>
        <p class="panel__intro">{i18n.t('upload.intro')}</p>
        <DatasetSwitch upload={upload} viewing={viewing} i18n={i18n} actions={actions} />
        <FileDrop i18n={i18n} hasFile={Boolean(file)} onFile={flow.chooseFile} />
        <PasteBox i18n={i18n} onFile={flow.chooseFile} />

        {phase === 'reading' && (
          <AnalysisProgress reading progress={null} fileName={`${file.name} (${bytesText(i18n, file.size)})`} i18n={i18n} onCancel={flow.cancel} />
        )}
        {upload.error && <UploadError error={upload.error} fileName={file && file.name} i18n={i18n} />}
        {upload.cancelled && phase !== 'analysing' && (
          <p class="notice" id="upload-cancelled" role="status">{i18n.t('upload.cancelled')}</p>
        )}

        {inspection && upload.form && (
          // Open while the file is being mapped; folded once its analysis is on the page (a new key remounts it).
          <details class="upload-file" key={viewing ? 'folded' : 'open'} open={!viewing}>
            <summary>
              <span class="upload-file__summary">{i18n.t('upload.file_and_mapping', { file: inspection.file || file.name })}</span>
            </summary>
            <FileFacts file={file} inspection={inspection} i18n={i18n} />
            <SourceFacts source={inspection.source} i18n={i18n} onChoose={flow.chooseSource} />
            <TableLayout layout={inspection.layout} busy={busy} i18n={i18n} onTranspose={flow.transpose} />
            <h3 id="preview-title">{i18n.t('upload.preview', { n: i18n.count((inspection.preview || []).length) })}</h3>
            <PreviewTable header={inspection.header || []} preview={inspection.preview || []} i18n={i18n} />
            <h3 id="mapping-title">{i18n.t('upload.mapping')}</h3>
            <p class="field-hint">{i18n.t('upload.mapping_hint')}</p>
            <MappingEditor
              upload={upload}
              i18n={i18n}
              memoryAvailable={flow.memoryAvailable}
              onChange={(form) => actions.mappingEdited({ form })}
              onAnalyse={flow.analyse}
              onForget={flow.forgetMapping}
            />
          </details>
        )}
        {phase === 'analysing' && (
          <AnalysisProgress progress={upload.progress} fileName={file.name} i18n={i18n} onCancel={flow.cancel} />
        )}
        {busy && <p class="sr-only" role="status">{i18n.t('upload.busy_note')}</p>}
      </section>
      {viewing && upload.report && (
        <UploadReport
          report={upload.report}
          pages={upload.pages}
          download={upload.download}
          i18n={i18n}
          nameOf={nameOf}
          onPage={(list, page) => actions.reportPageShown({ list, page })}
          onDownload={flow.downloadProblems}
          onReading={flow.applyReading}
          busy={busy}
        />
      )}
    </>
  );
}
