/**
 * Targeted cases for the note parser, each asserting exact results. The broad coverage is
 * in fixtures.test.ts; these pin down the rules one at a time.
 */
import * as assert from 'node:assert/strict';
import { compileQuestionPatterns, DEFAULT_QUESTION_PATTERNS, parseNote, type NoteModel } from '../../src/core/notes';
import { leadingChars } from '../../src/core/notes/patterns';

const titles = (m: NoteModel): string[] => m.topics.map((t) => `${t.kind}${t.level}:${t.title}`);
const questions = (m: NoteModel): string[] => m.questions.map((q) => `${q.range.start.line + 1}:${q.pattern}:${q.text}`);
const terms = (m: NoteModel): string[] => m.definitions.map((d) => `${d.range.start.line + 1}:${d.style}:${d.term}`);
const formulas = (m: NoteModel): string[] => m.math.map((x) => `${x.delimiter}${x.tex}`);

suite('parser: topics', () => {
  test('ATX headings with closing hashes, indentation and emphasis', () => {
    const m = parseNote('# 一级\n  ## 二级 ##\n### **加粗**\n####### 七个井号\n#无空格\n');
    assert.deepEqual(titles(m), ['atx1:一级', 'atx2:二级', 'atx3:加粗']);
    assert.deepEqual(m.topics.map((t) => t.parent), [-1, 0, 1]);
  });

  test('setext headings need a paragraph above the underline', () => {
    const m = parseNote('标题一\n===\n\n---\n\n- 列表项\n---\n段落\n---\n');
    assert.deepEqual(titles(m), ['setext1:标题一', 'setext2:段落']);
    assert.deepEqual(m.topics[1].range, { start: { line: 7, character: 0 }, end: { line: 8, character: 3 } });
  });

  test('a bold-only line is a sub-topic one level below its heading', () => {
    const m = parseNote('## 扩散模型\n\n**1.2 DDIM**\n\nDDIM 允许跳步。\n\n**LDM**\n在潜空间里扩散。\n');
    assert.deepEqual(titles(m), ['atx2:扩散模型', 'pseudo3:1.2 DDIM', 'pseudo3:LDM']);
    assert.deepEqual(m.topics.map((t) => t.parent), [-1, 0, 0]);
    assert.deepEqual(m.topics[1].range, { start: { line: 2, character: 0 }, end: { line: 2, character: 12 } });
  });

  test('bold text that is not alone, or reads as a sentence, is no topic', () => {
    const m = parseNote('**DDPM** 和 **DDIM**\n\n**这是一个强调的句子。**\n\n句中的 **加粗** 词。\n\n**区别：**\n');
    assert.deepEqual(titles(m), []);
  });

  test('sections end before the next topic of the same or a higher level', () => {
    const m = parseNote('# A\n## B\ntext\n\n**C**\nmore\n## D\n# E\n');
    const ends = m.topics.map((t) => `${t.title}:${t.sectionRange.start.line}-${t.sectionRange.end.line}`);
    assert.deepEqual(ends, ['A:0-6', 'B:1-5', 'C:4-5', 'D:6-6', 'E:7-8']);
  });

  test('a bold line that continues a paragraph is part of it, as in CommonMark', () => {
    assert.deepEqual(titles(parseNote('正文\n**不是标题**\n')), []);
  });
});

suite('parser: questions', () => {
  test('every built-in marker, with the answer up to the next question or topic', () => {
    const note = [
      '# 面试',
      '**Question： 扩散模型常见采样方式?**',
      '',
      '   采样器分两类。',
      '**Question: What is FID?**',
      'A distance between feature statistics.',
      'Question：为什么要归一化？',
      'Q: What is IoU?',
      'A: Overlap over union.',
      '问：什么是 NMS？',
      '答：非极大值抑制。',
      '问题：为什么要用 warmup',
      '**Question：** 推演 DDPM 公式',
      '## 什么是 KL 散度？',
      '不对称的距离。',
      '## Why normalise?',
    ].join('\n');
    const m = parseNote(note);
    assert.deepEqual(questions(m), [
      '2:bold:扩散模型常见采样方式?',
      '5:bold:What is FID?',
      '7:plain:为什么要归一化？',
      '8:plain:What is IoU?',
      '10:plain:什么是 NMS？',
      '12:plain:为什么要用 warmup',
      '13:bold-marker:推演 DDPM 公式',
      '14:heading:什么是 KL 散度？',
      '16:heading:Why normalise?',
    ]);
    assert.deepEqual(m.questions.map((q) => q.answer), [
      '采样器分两类。',
      'A distance between feature statistics.',
      '',
      'Overlap over union.',
      '非极大值抑制。',
      '',
      '',
      '不对称的距离。',
      '',
    ]);
    assert.deepEqual(m.questions[0].answerRange, { start: { line: 3, character: 0 }, end: { line: 3, character: 10 } });
    assert.equal(m.questions[2].answerRange, undefined);
    assert.deepEqual(m.questions.map((q) => q.topic), [0, 0, 0, 0, 0, 0, 0, 1, 2]);
  });

  test('a question marker after an empty list item still starts a question', () => {
    const m = parseNote('- DDPM：加噪与去噪。\n- \n**Question： 下一个问题?**\n答案。\n');
    assert.deepEqual(questions(m), ['3:bold:下一个问题?']);
    assert.equal(m.questions[0].answer, '答案。');
  });

  test('the characters a question line can start with are read off the patterns', () => {
    assert.deepEqual([...compileQuestionPatterns().firstChars!].map((c) => String.fromCharCode(c)).sort(), ['*', 'Q', 'q', '问']);
    assert.deepEqual(leadingChars('^>>\\s*(?<q>.+)$'), ['>']);
    assert.deepEqual(leadingChars('^\\s*(?:答|[Aa]nswer)：'), ['答', 'A', 'a']);
    for (const vague of ['^.+', '^(?:Q)?A', '^[^x]', '^\\d+\\.', 'Q*uestion', '^(?:|Q)', '^Q{0,1}']) {
      assert.equal(leadingChars(vague), undefined, vague);
    }
    assert.equal(compileQuestionPatterns([{ name: 'any', regex: '^.*？$' }]).firstChars, undefined);
  });

  test('question headings can be turned off', () => {
    const m = parseNote('## 为什么？\n', { questionHeadings: false });
    assert.deepEqual(questions(m), []);
    assert.equal(m.topics[0].isQuestion, false);
  });

  test('user patterns extend the built-in ones; invalid ones are reported', () => {
    const compiled = compileQuestionPatterns([...DEFAULT_QUESTION_PATTERNS, { name: 'ask', regex: '^>>\\s*(?<q>.+)$' }, { name: 'broken', regex: '(' }]);
    assert.equal(compiled.patterns.length, 4);
    assert.deepEqual(compiled.errors.map((e) => e.name), ['broken']);
    const m = parseNote('>> 什么是 DiT\nA: 用 Transformer 去噪。\nQ: 还有吗\n', { questionPatterns: compiled });
    assert.deepEqual(questions(m), ['1:ask:什么是 DiT', '3:plain:还有吗']);
  });
});

suite('parser: definitions', () => {
  test('list items with full- and half-width colons and bold terms', () => {
    const m = parseNote('- 马尔可夫链：无记忆的随机过程。\n- KL 散度：不对称的距离。\n* entropy: expected surprise.\n+ **DiT**：Transformer 去噪网络。\n- **VAE：** 变分自编码器。\n  - Momentum: 累积梯度。\n');
    assert.deepEqual(terms(m), ['1:list:马尔可夫链', '2:list:KL 散度', '3:list:entropy', '4:bold-list:DiT', '5:bold-list:VAE', '6:list:Momentum']);
    assert.deepEqual(m.definitions[1], {
      term: 'KL 散度',
      definition: '不对称的距离。',
      style: 'list',
      range: { start: { line: 1, character: 2 }, end: { line: 1, character: 15 } },
      termRange: { start: { line: 1, character: 2 }, end: { line: 1, character: 7 } },
      topic: -1,
    });
    assert.deepEqual(m.definitions[3].termRange, { start: { line: 3, character: 4 }, end: { line: 3, character: 7 } });
  });

  test('items that only look like definitions', () => {
    const m = parseNote([
      '- 这是一个很长的句子，其中后面才有冒号：不算',
      '- This sentence is long and has many words before the colon: no',
      '- 1）扩散过程需要平滑过渡：不算',
      '- https://example.com/a: b',
      '- 10:30 开会',
      '- 核心设计：',
      '- ratio 1:3 is fine',
    ].join('\n'));
    assert.deepEqual(terms(m), []);
  });

  test('a pseudo-heading followed by a paragraph defines its term; one followed by a list does not', () => {
    const m = parseNote('**LDM**\n在潜空间里扩散，\n计算量小。\n\n**生成模型**\n\n- GAN：对抗训练。\n\n**2.3 异常图标准化**\n\n把异常图缩放到相同范围。\n');
    assert.deepEqual(terms(m), ['1:pseudo-heading:LDM', '7:list:GAN', '9:pseudo-heading:异常图标准化']);
    assert.equal(m.definitions[0].definition, '在潜空间里扩散，\n计算量小。');
    assert.deepEqual(m.definitions[0].range, { start: { line: 0, character: 0 }, end: { line: 2, character: 5 } });
    assert.deepEqual(m.definitions[2].termRange, { start: { line: 8, character: 6 }, end: { line: 8, character: 12 } });
  });
});

suite('parser: math', () => {
  test('all four delimiters', () => {
    const m = parseNote('行内 $a+b$ 与 \\(c\\)，展示 $$d$$ 和 \\[e\\]。\n$$\nf = g\n$$\n\\[\nh\n\\]\n');
    assert.deepEqual(formulas(m), ['$a+b', '\\(c', '$$d', '\\[e', '$$\nf = g\n', '\\[\nh\n']);
    assert.deepEqual(m.math.map((x) => x.display), [false, false, true, true, true, true]);
    assert.deepEqual(m.math[4].range, { start: { line: 1, character: 0 }, end: { line: 3, character: 2 } });
    assert.deepEqual(m.math[0].range, { start: { line: 0, character: 3 }, end: { line: 0, character: 8 } });
  });

  test('prices, escaped dollars and code spans are not math', () => {
    const m = parseNote('a GPU costs $5 per hour and $10 at peak\n价格 \\$3 与 \\$4\n代码 `$x$` 不是公式，但 $y$ 是\n');
    assert.deepEqual(formulas(m), ['$y']);
  });

  test('lines inside a display block are neither topics nor definitions', () => {
    const m = parseNote('$$\n# not a heading\n- a: b\n$$\n');
    assert.deepEqual(titles(m), []);
    assert.deepEqual(terms(m), []);
    assert.equal(m.math.length, 1);
  });

  test('an opening $$ that never closes is not math and hides nothing', () => {
    const m = parseNote('$$ 未闭合\n# 标题\n');
    assert.deepEqual(formulas(m), []);
    assert.deepEqual(titles(m), ['atx1:标题']);
  });
});

suite('parser: code, front matter, comments, line endings', () => {
  test('fences, indented code, front matter and HTML comments hide their contents', () => {
    const note = ['---', 'title: x', '# not a heading', '---', '# 真标题', '```python', '# comment', 'Q: no', '```', '~~~', '- a: b', '~~~~', '', '    # indented code', '', '<!--', '## hidden', '-->', '## 可见'].join('\n');
    const m = parseNote(note);
    assert.deepEqual(titles(m), ['atx1:真标题', 'atx2:可见']);
    assert.deepEqual(m.frontMatter, { start: { line: 0, character: 0 }, end: { line: 3, character: 3 } });
    assert.deepEqual(m.codeBlocks.map((c) => `${c.fence}${c.info}:${c.range.start.line}-${c.range.end.line}`), ['```python:5-8', '~~~:9-11', ':13-13']);
    assert.deepEqual(questions(m), []);
    assert.deepEqual(terms(m), []);
  });

  test('HTML blocks are raw, as in CommonMark', () => {
    const note = [
      '<center>图 21：示意图</center>', // a block tag: raw until the blank line
      '### 仍在 HTML 块里',
      '',
      '<div align=center>',
      '# 也在块里',
      '</div>',
      '',
      '<script>',
      '# 脚本里',
      '',
      '</script>',
      '<span>不是块</span> 的段落',
      '## 标题',
      '段落',
      '<img src="a.png">', // a lone tag cannot interrupt a paragraph
      '## 标题二',
    ].join('\n');
    assert.deepEqual(titles(parseNote(note)), ['atx2:标题', 'atx2:标题二']);
    // A comment that never closes hides only its own line.
    assert.deepEqual(titles(parseNote('<!-- 未闭合\n# 标题\n')), ['atx1:标题']);
  });

  test('an unclosed fence runs to the end of the note', () => {
    const m = parseNote('# A\n```\n# B\n');
    assert.deepEqual(titles(m), ['atx1:A']);
    assert.deepEqual(m.codeBlocks[0].range, { start: { line: 1, character: 0 }, end: { line: 3, character: 0 } });
  });

  test('CRLF, a byte-order mark and an empty note', () => {
    const lf = parseNote('# 标题\n- 术语：定义\n');
    const crlf = parseNote('# 标题\r\n- 术语：定义\r\n');
    assert.deepEqual({ ...crlf, eol: '\n' }, lf);
    assert.equal(crlf.eol, '\r\n');
    assert.deepEqual(titles(parseNote('\ufeff# 标题\n')), ['atx1:标题']);
    const empty = parseNote('');
    assert.equal(empty.lineCount, 1);
    assert.deepEqual([empty.topics, empty.questions, empty.definitions, empty.math], [[], [], [], []]);
  });

  test('character offsets count UTF-16 code units, as VS Code does', () => {
    const m = parseNote('𝑥 是 $y$\n');
    assert.deepEqual(m.math[0].range, { start: { line: 0, character: 5 }, end: { line: 0, character: 8 } });
  });
});
