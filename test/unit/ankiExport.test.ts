import * as assert from 'node:assert/strict';
import { parseNote } from '../../src/core/notes';
import { ankiTag, cardsToAnkiTsv, toAnkiField } from '../../src/core/quiz/ankiExport';
import { extractCards } from '../../src/core/quiz/cardExtractor';

suite('Anki export', () => {
  test('formulas in Anki delimiters, HTML escaped, line breaks as <br>', () => {
    assert.equal(toAnkiField('噪声 $\\epsilon \\sim \\mathcal{N}(0, I)$，**重点** a<b\n$$x_t = \\sqrt{\\bar\\alpha_t} x_0$$'),
      '噪声 \\(\\epsilon \\sim \\mathcal{N}(0, I)\\)，<b>重点</b> a&lt;b<br>\\[x_t = \\sqrt{\\bar\\alpha_t} x_0\\]');
    assert.equal(toAnkiField('价格 $5 和 $10\tx'), '价格 $5 和 $10 x');
  });

  test('a TSV with headers, one card a line, tags from the topic path', () => {
    const note = '# 扩散 模型\n## 先验\n- KL 散度：$D_{KL}(P\\|Q)$ 不对称。\n';
    const tsv = cardsToAnkiTsv(extractCards(note, parseNote(note), 'a.md'));
    assert.equal(tsv, '#separator:tab\n#html:true\n#tags column:3\nKL 散度\t\\(D_{KL}(P\\|Q)\\) 不对称。\tresearch-notes 扩散_模型::先验\n');
    assert.equal(ankiTag(['a::b', ' c d ']), 'a_b::c_d');
  });
});
