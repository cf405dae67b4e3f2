import * as assert from 'node:assert/strict';
import { parseNote } from '../../src/core/notes';
import { cardId, extractCards, type Card } from '../../src/core/quiz/cardExtractor';

const show = (cards: readonly Card[]): string[] => cards.map((c) => `${c.kind}|${c.front}|${c.back}|${c.topicPath.join('>')}`);
const cardsOf = (text: string, options = {}): Card[] => extractCards(text, parseNote(text), 'notes/a.md', options);

suite('cards from notes', () => {
  test('questions, question headings and definitions, with breadcrumbs', () => {
    const note = [
      '# 扩散模型',
      '## 先验',
      '- 马尔可夫链：下一状态只依赖当前状态。',
      '**Question： DDPM 和 DDIM 的关系?**',
      '',
      '共享权重，采样不同。',
      '## 为什么要加噪？',
      '让分布平滑过渡。',
      '### 细节',
      '噪声幅度递增。',
    ].join('\n');
    assert.deepEqual(show(cardsOf(note)), [
      'definition|马尔可夫链|下一状态只依赖当前状态。|扩散模型>先验',
      'question|DDPM 和 DDIM 的关系?|共享权重，采样不同。|扩散模型>先验',
      'question-heading|为什么要加噪？|让分布平滑过渡。\n### 细节\n噪声幅度递增。|扩散模型',
    ]);
    assert.deepEqual(show(cardsOf('- GAN：对抗训练。\n', { reverseDefinitions: true })), ['definition|GAN|对抗训练。|', 'definition-reverse|对抗训练。|GAN|']);
  });

  test('clozes: one card per ==…== and per {{cN::…}} number; a formula inside stays whole', () => {
    const cards = cardsOf([
      '扩散模型的前向过程是 ==马尔可夫链==，反向过程用 ==$p_\\theta(x_{t-1}|x_t)$== 建模。',
      '',
      '{{c1::DDIM}} 允许 {{c2::跳步}} 采样，{{c1::DDIM}} 复用 {{c3::DDPM::哪个模型}} 的权重。',
      '',
      '公式 $a==b$ 里的等号不是 cloze。',
    ].join('\n'));
    assert.deepEqual(cards.map((c) => `${c.front} => ${c.back}`), [
      '扩散模型的前向过程是 […]，反向过程用 $p_\\theta(x_{t-1}|x_t)$ 建模。 => 扩散模型的前向过程是 **马尔可夫链**，反向过程用 $p_\\theta(x_{t-1}|x_t)$ 建模。',
      '扩散模型的前向过程是 马尔可夫链，反向过程用 […] 建模。 => 扩散模型的前向过程是 马尔可夫链，反向过程用 **$p_\\theta(x_{t-1}|x_t)$** 建模。',
      '[…] 允许 跳步 采样，[…] 复用 DDPM 的权重。 => **DDIM** 允许 跳步 采样，**DDIM** 复用 DDPM 的权重。',
      'DDIM 允许 […] 采样，DDIM 复用 DDPM 的权重。 => DDIM 允许 **跳步** 采样，DDIM 复用 DDPM 的权重。',
      'DDIM 允许 跳步 采样，DDIM 复用 [哪个模型] 的权重。 => DDIM 允许 跳步 采样，DDIM 复用 **DDPM** 的权重。',
    ]);
    assert.equal(new Set(cards.map((c) => c.id)).size, cards.length);
  });

  test('front::back, front:::back and multi-line cards', () => {
    const cards = cardsOf([
      'IoU::交并比',
      '- NMS:::非极大值抑制',
      'C++ 里的 std::vector 不是卡片，`a::b` 也不是。',
      '',
      'DDIM 的更新公式',
      '是什么？',
      '?',
      '先预测 $x_0$，',
      '再确定性地走到 $x_{t-1}$。',
    ].join('\n'));
    assert.deepEqual(show(cards), [
      'inline|IoU|交并比|',
      'inline|NMS|非极大值抑制|',
      'inline-reverse|非极大值抑制|NMS|',
      'multiline|DDIM 的更新公式\n是什么？|先预测 $x_0$，\n再确定性地走到 $x_{t-1}$。|',
    ]);
  });

  test('nothing from code fences or front matter; a skip marker keeps a card out', () => {
    const cards = cardsOf([
      '---',
      'q: x::y',
      '---',
      '```',
      'Q: 代码里的问题?',
      '- 术语：代码里的定义',
      'a::b',
      '```',
      '<!-- rn:skip -->',
      '- 跳过：这条不出卡片',
      '- 保留：这条出卡片',
    ].join('\n'));
    assert.deepEqual(show(cards), ['definition|保留|这条出卡片|']);
  });

  test('ids survive unrelated edits and depend on the note and the normalised front', () => {
    const before = cardsOf('# A\n- KL 散度：不对称。\n**Question： 为什么?**\n因为。\n');
    const after = cardsOf('# A 改了标题\n前面加了一段。\n\n- KL 散度：不对称，改了定义。\n**Question：  为什么?**\n因为，也改了。\n');
    assert.deepEqual(after.map((c) => c.id).sort(), before.map((c) => c.id).sort());
    assert.notEqual(cardId('notes/a.md', 'definition', 'KL 散度'), cardId('notes/b.md', 'definition', 'KL 散度'));
    assert.equal(cardId('n', 'definition', 'ＫＬ  散度'), cardId('n', 'definition', 'KL 散度'));
    assert.match(before[0].id, /^[0-9a-f]{16}$/);
    // A term the note defines twice gets two distinct ids, in document order.
    const twice = cardsOf('**1.2 DDIM**\nDDIM 允许跳步。\n\n- DDIM：非马尔可夫采样。\n');
    assert.deepEqual(twice.map((c) => c.front), ['DDIM', 'DDIM']);
    assert.notEqual(twice[0].id, twice[1].id);
    assert.equal(twice[0].id, cardId('notes/a.md', 'definition', 'DDIM'));
  });
});
