// What the core was not sure of, asked as one question each: the suggested reading is in use until
// another answer is picked (one click), and the current answer is shown pressed.
import { answerOf, withAnswer, measureOfRole } from './mappingForm.js';

/** A role or a level as the page names it: "Registered voters", "Not used", "Region". */
export function answerText(i18n, question, answer, form, header) {
  if (question.field === 'contest_level') {
    if (answer === 'country') return i18n.t('upload.question.whole_file');
    const name = i18n.has(`level.${answer}`) ? i18n.t(`level.${answer}`) : answer;
    const level = ((form && form.levels) || []).find((l) => l.level === answer);
    return level && header && header[level.column] ? `${name} «${header[level.column]}»` : name;
  }
  const measure = measureOfRole(answer);
  if (measure) return i18n.t(`measure.${measure}`);
  return i18n.has(`upload.role.${answer}`) ? i18n.t(`upload.role.${answer}`) : answer;
}

function questionText(i18n, question) {
  if (question.field === 'contest_level') return i18n.t('upload.question.contest_level');
  return i18n.t('upload.question.column', { header: question.header });
}

function reasonText(i18n, reason) {
  const key = `upload.reason.${reason}`;
  return i18n.has(key) ? i18n.t(key) : '';
}

export function SuggestionQuestions({ questions, form, header, i18n, disabled, onChange }) {
  if (!questions || !questions.length) return null;
  return (
    <section class="suggestion-questions notice notice--check" id="suggestion-questions" aria-labelledby="suggestion-questions-title">
      <h4 id="suggestion-questions-title">{i18n.t('upload.questions', { n: i18n.count(questions.length) })}</h4>
      <p class="field-hint">{i18n.t('upload.questions_hint')}</p>
      <ol class="suggestion-questions__list">
        {questions.map((q, i) => {
          const current = answerOf(form, q);
          const answers = [q.suggested, ...q.alternatives.filter((a) => a !== q.suggested)];
          const reason = reasonText(i18n, q.reason);
          return (
            <li key={`${q.field}-${q.column ?? ''}`} class="suggestion-question" data-field={q.field} data-column={q.column}>
              <p class="suggestion-question__text" id={`question-${i}`}>
                {questionText(i18n, q)}
                {reason && <span class="field-hint"> {reason}</span>}
              </p>
              <div class="suggestion-question__answers" role="group" aria-labelledby={`question-${i}`}>
                {answers.map((answer) => (
                  <button
                    type="button"
                    key={answer}
                    class="action-button suggestion-question__answer"
                    data-answer={answer}
                    aria-pressed={current === answer ? 'true' : 'false'}
                    disabled={disabled}
                    onClick={() => onChange(withAnswer(form, q, answer))}
                  >
                    {answerText(i18n, q, answer, form, header)}
                    {answer === q.suggested && <span class="muted"> · {i18n.t('upload.question.suggested')}</span>}
                  </button>
                ))}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
