/**
 * Deterministic generator of a large bilingual research/interview note, in the style of the
 * notes the extension is built for: `#`/`##`/`###` headings, bold pseudo-headings alone on a
 * line (`**2.3 门控注意力**`), inline and display formulas, definition list items
 * (`- 术语：释义`), `**Question： …?**` blocks with answers, tables and fenced code.
 *
 * The text is assembled from hand-written fragments with a seeded PRNG, so every run (and
 * every machine) benchmarks exactly the same bytes. Element counts are steered towards
 * per-megabyte targets while the note grows, so a smaller or larger `targetBytes` keeps the
 * same density of headings and formulas.
 */

export interface GenerateNoteOptions {
  /** PRNG seed; the same seed always yields the same note. */
  readonly seed?: number;
  /** Size to reach, in UTF-8 bytes (the result overshoots by at most one block). */
  readonly targetBytes?: number;
}

/** What the generator wrote, counted while writing (not by re-parsing). */
export interface NoteStats {
  readonly bytes: number;
  readonly chars: number;
  readonly lines: number;
  /** ATX headings by level: [level 1, level 2, level 3]. */
  readonly headingsByLevel: readonly [number, number, number];
  readonly headings: number;
  /** Of the level-3 headings, those whose title ends in `？`/`?`. */
  readonly questionHeadings: number;
  /** Bold-only lines acting as sub-topics (`**1.2 DDIM**`, `**LDM**`); not questions. */
  readonly pseudoHeadings: number;
  /** Question lines (`**Question： …?**`, `**问：…？**`, `Q: …?`), each followed by an answer. */
  readonly questions: number;
  /** List items of the form `- term：definition` or `- **term**：definition`. */
  readonly definitions: number;
  readonly formulas: number;
  readonly inlineFormulas: number;
  /** `$$…$$` on one line. */
  readonly displayFormulas: number;
  /** `$$` alone on a line, the TeX on the following lines, `$$` alone again. */
  readonly blockFormulas: number;
  readonly tables: number;
  readonly codeBlocks: number;
  /** Lines starting with `#` inside code fences: not headings, a trap for naive outliners. */
  readonly hashLinesInCode: number;
  readonly linkDefinitions: number;
}

export interface GeneratedNote {
  readonly text: string;
  readonly stats: NoteStats;
}

/** Densities per 1,000,000 bytes the generator steers towards. */
const PER_MB = {
  headings: 400,
  pseudoHeadings: 220,
  formulas: 2000,
  /** Of the formulas, those on their own lines (`$$…$$` or a `$$` block). */
  displayFormulas: 280,
  questions: 160,
  definitionLists: 180,
  tables: 24,
  codeBlocks: 24,
};

const DEFAULT_SEED = 0x5eed;
const DEFAULT_TARGET = 1_000_000;

/** The note's text; see {@link generateNoteWithStats} for the counts. */
export function generateNote(opts?: GenerateNoteOptions): string {
  return generateNoteWithStats(opts).text;
}

export function generateNoteWithStats(opts: GenerateNoteOptions = {}): GeneratedNote {
  const writer = new NoteWriter(opts.seed ?? DEFAULT_SEED, opts.targetBytes ?? DEFAULT_TARGET);
  writer.writeAll();
  return { text: writer.text(), stats: writer.stats() };
}

// ---------------------------------------------------------------------------------------------
// Randomness

/** mulberry32: tiny, fast and good enough to shuffle prose; the point is determinism. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
}

/** UTF-8 length without Buffer/TextEncoder, so the generator also runs in a web worker. */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4; // A surrogate pair is one 4-byte code point.
      i++;
    } else n += 3;
  }
  return n;
}

// ---------------------------------------------------------------------------------------------
// Fragments. All hand-written for this benchmark; the mix of domains mirrors interview notes.

const CHAPTERS = [
  '生成模型', '注意力机制', '目标检测', '位姿估计', '大语言模型', '强化学习', '优化方法', '图神经网络',
  '多模态学习', '自监督学习', '模型压缩', '分布式训练', '推荐系统', '操作系统', '计算机网络', '数据库',
  '概率与统计', '线性代数复习', '异常检测', '三维视觉', '语音处理', 'Prompt Engineering', 'Vision Transformer',
  'Retrieval-Augmented Generation', '项目经历', '面试复盘',
];

const METHODS = [
  '扩散模型', '轨迹时空图', '稀疏注意力', '对比学习', '知识蒸馏', '混合专家', '图卷积', '变分推断', '流匹配',
  '低秩适配', '量化感知训练', '多尺度特征融合', '自回归解码', '掩码建模', '时序建模', '点云配准',
];
const TASKS = [
  '目标检测', '位姿估计', '异常检测', '语义分割', '文本生成', '图像超分', '行人重识别', '视觉定位', '关键点检测',
  '长文本理解', '跨模态检索', '轨迹预测', '深度估计', '故障诊断',
];
const SCENES = ['路侧交通场景', '工业质检场景', '室内机器人场景', '开放域对话', '遥感影像', '医学影像', '自动驾驶', '低光照条件'];

const TERMS_EN = [
  'DDPM', 'DDIM', 'DETR', 'Sparse R-CNN', 'ResNet', 'FPN', 'ViT', 'Swin Transformer', 'BERT', 'GPT', 'T5', 'LoRA',
  'QLoRA', 'CLIP', 'BLIP', 'SAM', 'YOLO', 'Faster R-CNN', 'PointNet', 'NeRF', 'Gaussian Splatting', 'PPO', 'DPO',
  'RLHF', 'Adam', 'AdamW', 'LayerNorm', 'BatchNorm', 'GELU', 'RoPE', 'KV Cache', 'FlashAttention', 'MoE', 'VAE',
  'GAN', 'U-Net', 'Transformer', 'Mamba', 'Linear Attention', 'EfficientAD', 'PatchCore', 'Stable Diffusion',
  'ControlNet', 'DINO', 'MAE', 'SimCLR', 'GCN', 'GAT', 'TCP', 'B+ Tree', 'MVCC', 'Raft', 'Paxos', 'LRU Cache',
];

const TERMS_ZH = [
  '马尔可夫链', '极大似然估计', 'KL 散度', '交叉熵', '重参数化技巧', '证据下界', '梯度消失', '梯度爆炸', '过拟合',
  '正则化', '数据增强', '学习率预热', '余弦退火', '权重衰减', '残差连接', '层归一化', '位置编码', '自注意力',
  '交叉注意力', '多头注意力', '特征金字塔', '非极大值抑制', '匈牙利匹配', '锚框', '感受野', '空洞卷积',
  '深度可分离卷积', '知识蒸馏', '剪枝', '量化', '混合精度训练', '梯度累积', '数据并行', '张量并行', '流水线并行',
  '进程与线程', '死锁', '虚拟内存', '页面置换', '三次握手', '拥塞控制', '事务隔离级别', '索引下推', '最左前缀原则',
  '贝叶斯定理', '中心极限定理', '协方差矩阵', '特征值分解', '奇异值分解', '条件概率', '先验分布', '后验分布',
];

const SUBJECTS = [
  '该方法', '模型', '编码器', '解码器', '这种设计', '训练阶段', '推理阶段', '网络', '骨干网络', '检测头', '损失函数',
  '注意力模块', '采样器', '优化器', '教师网络', '学生网络', '判别器', '生成器', '特征提取器', '调度器', '本项目',
];
const VERBS = [
  '首先提取', '逐步学习', '显式建模', '并行计算', '迭代优化', '重新加权', '自适应地融合', '压缩', '对齐', '预测',
  '约束', '平滑', '近似估计', '联合训练', '分解', '动态选择', '缓存', '重构', '蒸馏', '采样',
];
const OBJECTS = [
  '多尺度特征图', '噪声分布', '边界框的位置和大小', '全局上下文信息', '局部结构细节', '长距离依赖关系', '隐变量的后验分布',
  '类别概率', '注意力权重', '时间步嵌入', '查询向量与键矩阵的相似度', '候选区域特征', '异常得分', '三维旋转矩阵',
  '相机内参', '词向量', '梯度的一阶矩和二阶矩', '历史状态', '语义信息', '关键帧', '稀疏的建议框集合',
];
const PURPOSES = [
  '从而减少推理步数', '以降低计算复杂度', '使训练过程更加稳定', '从而提高小目标的召回率', '避免信息在传递中丢失',
  '以缓解类别不均衡问题', '从而加快收敛速度', '使结果对噪声更加鲁棒', '以节省显存', '从而在高分辨率输入上保持效率',
  '避免模式坍塌', '便于端到端训练', '从而支持跳步采样', '以减少冗余计算', '使预测更加平滑',
];
const CONNECTORS = ['同时，', '此外，', '因此，', '然而，', '具体来说，', '实验表明，', '换句话说，', '需要注意的是，', '与之相比，', '在实现上，'];
const REMARKS = [
  '这一点在面试中经常被追问', '实际工程中还要考虑显存和延迟', '论文中的消融实验验证了这一点', '这也是它与传统方法的主要区别',
  '但在小数据集上效果并不明显', '代价是实现更加复杂', '超参数需要根据数据集调整', '该结论在多个公开数据集上成立',
];

const EN_SUBJECTS = ['The encoder', 'This variant', 'The scheduler', 'Our baseline', 'The student network', 'The decoder', 'Each attention head', 'The sampler', 'The detector'];
const EN_VERBS = ['predicts', 'refines', 'aggregates', 'normalizes', 'reweights', 'projects', 'denoises', 'caches', 'aligns'];
const EN_OBJECTS = [
  'the noisy boxes', 'multi-scale features', 'the query tokens', 'the latent code', 'the key-value pairs',
  'the anomaly map', 'the rotation residual', 'the hidden state', 'the token embeddings',
];
const EN_TAILS = [
  'at every denoising step', 'before the final projection', 'with a shared set of weights', 'in linear time',
  'without an explicit anchor', 'using only monocular RGB input', 'under a fixed compute budget', 'in a single forward pass',
];

const QUESTION_STEMS = [
  '{a}和{b}的区别', '为什么{a}需要{c}', '{a}的核心思想是什么', '如何缓解{z}', '{a}的时间复杂度是多少',
  '{a}为什么能{p}', '{z}在训练中如何体现', '{a}有哪些常见变体', '怎样理解{z}', '{a}的损失函数如何设计',
  '{a}相比{b}有什么优势', '推理时如何加速{a}', 'What is the difference between {a} and {b}',
  'Why does {a} use {c}', 'How is {z} handled in {a}',
];
const QUESTION_FILL_C = ['归一化', '位置编码', '残差连接', '温度系数', '噪声调度', '预训练', '负样本', '梯度裁剪'];

const LIST_POINTS = [
  '缓解训练中的过平滑问题', '增强模型对分布偏移的适应性', '改善训练稳定性', '提升生成多样性', '降低显存占用',
  '减少推理延迟', '提高小目标检测精度', '简化后处理流程', '便于并行化', '提升可解释性',
];

const PSEUDO_TITLES = [
  '网络结构', '损失函数', '训练策略', '推理流程', '实验设置', '消融实验', '局限性', '核心思想', '数据预处理', '评价指标',
  '实现细节', '复杂度分析', '改进思路', '相关工作', '优缺点', '代码要点',
];

// TeX: short symbols used inline, and full formulas used for display math.
const INLINE_TEX = [
  'x_0', 'x_t', '\\epsilon_\\theta', '\\bar{\\alpha}_t', '\\beta_t', 'W_q', 'W_k', 'W_v', 'd_k', 'N \\times d', '\\lambda',
  't \\in [1, T]', '\\mathcal{N}(0, I)', 'O(N^2)', 'O(Nd^2)', '\\theta^*', 'p_\\theta(x)', 'q(z \\mid x)', '\\sigma(\\cdot)',
  '\\mathbf{R} \\in SO(3)', '\\mathbf{t} \\in \\mathbb{R}^3', 'K', '\\gamma', '\\eta', 'h_t', 'y_i', '\\hat{y}', 'Q K^\\top',
  '\\sqrt{d_k}', '\\tau', '\\mathcal{L}', '\\nabla_\\theta \\mathcal{L}', 'k \\ll N', '\\phi(x) = \\mathrm{elu}(x) + 1',
];

const DISPLAY_TEX = [
  '\\mathrm{Attention}(Q, K, V) = \\mathrm{softmax}\\left(\\frac{Q K^\\top}{\\sqrt{d_k}}\\right) V',
  'x_t = \\sqrt{\\bar{\\alpha}_t}\\, x_0 + \\sqrt{1 - \\bar{\\alpha}_t}\\, \\epsilon, \\quad \\epsilon \\sim \\mathcal{N}(0, I)',
  '\\mathcal{L}_{\\mathrm{simple}} = \\mathbb{E}_{t, x_0, \\epsilon}\\left[ \\lVert \\epsilon - \\epsilon_\\theta(x_t, t) \\rVert^2 \\right]',
  'D_{\\mathrm{KL}}(P \\,\\|\\, Q) = \\sum_{x} P(x) \\log \\frac{P(x)}{Q(x)}',
  '\\mathcal{L}_{\\mathrm{CE}} = -\\sum_{c=1}^{C} y_c \\log \\hat{y}_c',
  '\\mathrm{IoU}(A, B) = \\frac{|A \\cap B|}{|A \\cup B|}',
  '\\theta_{k+1} = \\theta_k - \\eta \\frac{\\hat{m}_k}{\\sqrt{\\hat{v}_k} + \\epsilon}',
  '\\log p(x) \\ge \\mathbb{E}_{q(z \\mid x)}\\left[\\log p(x \\mid z)\\right] - D_{\\mathrm{KL}}\\left(q(z \\mid x) \\,\\|\\, p(z)\\right)',
  'p(\\theta \\mid \\mathcal{D}) = \\frac{p(\\mathcal{D} \\mid \\theta)\\, p(\\theta)}{p(\\mathcal{D})}',
  '\\mathrm{softmax}(z)_i = \\frac{e^{z_i / \\tau}}{\\sum_{j=1}^{K} e^{z_j / \\tau}}',
  'V_i^{\\prime} = \\frac{\\phi(Q_i)^\\top \\sum_{j=1}^{N} \\phi(K_j) V_j^\\top}{\\phi(Q_i)^\\top \\sum_{j=1}^{N} \\phi(K_j)}',
  '\\mathcal{L}_{\\mathrm{InfoNCE}} = -\\log \\frac{\\exp(\\mathrm{sim}(q, k^+)/\\tau)}{\\sum_{i=0}^{K} \\exp(\\mathrm{sim}(q, k_i)/\\tau)}',
  'L^{\\mathrm{CLIP}}(\\theta) = \\hat{\\mathbb{E}}_t\\left[\\min\\left(r_t(\\theta) \\hat{A}_t,\\ \\mathrm{clip}(r_t(\\theta), 1 - \\varepsilon, 1 + \\varepsilon) \\hat{A}_t\\right)\\right]',
  'h^{(l+1)} = \\sigma\\left(\\tilde{D}^{-\\frac{1}{2}} \\tilde{A} \\tilde{D}^{-\\frac{1}{2}} h^{(l)} W^{(l)}\\right)',
  'W = W_0 + \\Delta W = W_0 + B A, \\quad B \\in \\mathbb{R}^{d \\times r},\\ A \\in \\mathbb{R}^{r \\times k}',
  '\\mathrm{RoPE}(x_m)_{2i:2i+1} = \\begin{pmatrix} \\cos m\\theta_i & -\\sin m\\theta_i \\\\ \\sin m\\theta_i & \\cos m\\theta_i \\end{pmatrix} x_{m, 2i:2i+1}',
];

const ALIGNED_TEX = [
  [
    '\\begin{aligned}',
    'q(x_t \\mid x_{t-1}) &= \\mathcal{N}\\left(x_t; \\sqrt{1 - \\beta_t}\\, x_{t-1}, \\beta_t I\\right) \\\\',
    'q(x_t \\mid x_0) &= \\mathcal{N}\\left(x_t; \\sqrt{\\bar{\\alpha}_t}\\, x_0, (1 - \\bar{\\alpha}_t) I\\right)',
    '\\end{aligned}',
  ],
  [
    '\\begin{aligned}',
    'm_k &= \\beta_1 m_{k-1} + (1 - \\beta_1) g_k \\\\',
    'v_k &= \\beta_2 v_{k-1} + (1 - \\beta_2) g_k^2 \\\\',
    '\\hat{m}_k &= m_k / (1 - \\beta_1^k), \\quad \\hat{v}_k = v_k / (1 - \\beta_2^k)',
    '\\end{aligned}',
  ],
  [
    '\\mu = \\frac{1}{m} \\sum_{i=1}^{m} x_i, \\qquad',
    '\\sigma^2 = \\frac{1}{m} \\sum_{i=1}^{m} (x_i - \\mu)^2, \\qquad',
    'y_i = \\gamma \\frac{x_i - \\mu}{\\sqrt{\\sigma^2 + \\epsilon}} + \\beta',
  ],
  [
    '\\epsilon_{\\mathrm{offset}} = \\epsilon + \\delta',
    '\\quad \\text{或} \\quad',
    '\\epsilon_{\\mathrm{offset}} = \\gamma \\cdot \\epsilon + \\delta',
  ],
  [
    '\\begin{cases}',
    'f(x) = \\max(0, x) & \\text{ReLU} \\\\',
    'f(x) = x \\cdot \\Phi(x) & \\text{GELU}',
    '\\end{cases}',
  ],
];

const CODE_SNIPPETS: readonly (readonly string[])[] = [
  [
    '```python',
    '# 前向加噪：一步得到任意时间步的 x_t',
    'def q_sample(x0, t, noise, alphas_cumprod):',
    '    a = alphas_cumprod[t].sqrt().view(-1, 1, 1, 1)',
    '    s = (1 - alphas_cumprod[t]).sqrt().view(-1, 1, 1, 1)',
    '    return a * x0 + s * noise',
    '',
    '# DDIM update, eta = 0',
    'def ddim_step(x_t, eps, a_t, a_prev):',
    '    x0 = (x_t - (1 - a_t).sqrt() * eps) / a_t.sqrt()',
    '    return a_prev.sqrt() * x0 + (1 - a_prev).sqrt() * eps',
    '```',
  ],
  [
    '```bash',
    '# 环境准备',
    '$ conda create -n notes python=3.10 -y',
    '$ pip install torch torchvision --index-url https://download.pytorch.org/whl/cu121',
    '# 单机多卡训练',
    '$ torchrun --nproc_per_node=4 train.py --config configs/base.yaml',
    '```',
  ],
  [
    '```python',
    'import torch.nn.functional as F',
    '',
    '## scaled dot-product attention, written out by hand',
    'def attention(q, k, v, mask=None):',
    '    scores = q @ k.transpose(-2, -1) / q.size(-1) ** 0.5',
    '    if mask is not None:',
    '        scores = scores.masked_fill(mask == 0, float("-inf"))',
    '    return F.softmax(scores, dim=-1) @ v',
    '```',
  ],
  [
    '```cpp',
    '#include <list>',
    '#include <unordered_map>',
    '// LRU 缓存：哈希表 + 双向链表，get/put 均为 O(1)',
    'class LRUCache {',
    '  std::list<std::pair<int, int>> items_;',
    '  std::unordered_map<int, std::list<std::pair<int, int>>::iterator> index_;',
    '  size_t capacity_;',
    '};',
    '```',
  ],
  [
    '```sql',
    '-- 联合索引 (a, b, c) 的最左前缀匹配',
    'SELECT id, price FROM orders WHERE a = 1 AND b > 10 ORDER BY c LIMIT 20;',
    '-- $1 是预编译语句的占位符',
    'UPDATE accounts SET balance = balance - $1 WHERE id = $2;',
    '```',
  ],
  [
    '```yaml',
    '# 训练配置',
    'model:',
    '  backbone: resnet50',
    '  num_queries: 300',
    'optim:',
    '  lr: 2.5e-5',
    '  weight_decay: 1.0e-4',
    '```',
  ],
];

const TABLE_COLUMNS = ['基本思想', '生成过程', '训练目标', '训练稳定性', '推理速度', '显存占用', '适用场景'];

const URL_HOSTS = ['https://example.org/notes', 'https://blog.example.com/posts', 'https://papers.example.net/abs'];

// ---------------------------------------------------------------------------------------------

class NoteWriter {
  private readonly rng: Rng;
  private readonly lines: string[] = [];
  private bytes = 0;
  private chars = 0;

  // Structure state for heading numbering and levels.
  private chapter = 0;
  private section = 0;
  private sub = 0;
  private pseudoInSection = 0;
  private sectionsPlanned = 0;
  private subsPlanned = 0;

  private readonly counts = {
    h1: 0, h2: 0, h3: 0, questionHeadings: 0, pseudo: 0, questions: 0, definitions: 0, definitionLists: 0,
    inline: 0, display: 0, block: 0, tables: 0, codeBlocks: 0, hashLinesInCode: 0, linkDefinitions: 0,
  };

  constructor(seed: number, private readonly target: number) {
    this.rng = new Rng(seed);
  }

  text(): string {
    return this.lines.join('\n') + '\n';
  }

  stats(): NoteStats {
    const c = this.counts;
    return {
      bytes: this.bytes,
      chars: this.chars,
      lines: this.lines.length,
      headingsByLevel: [c.h1, c.h2, c.h3],
      headings: c.h1 + c.h2 + c.h3,
      questionHeadings: c.questionHeadings,
      pseudoHeadings: c.pseudo,
      questions: c.questions,
      definitions: c.definitions,
      formulas: c.inline + c.display + c.block,
      inlineFormulas: c.inline,
      displayFormulas: c.display,
      blockFormulas: c.block,
      tables: c.tables,
      codeBlocks: c.codeBlocks,
      hashLinesInCode: c.hashLinesInCode,
      linkDefinitions: c.linkDefinitions,
    };
  }

  writeAll(): void {
    this.heading(1);
    this.paragraph();
    const referencesReserve = 1500; // Keep room for the closing reference list.
    while (this.bytes < this.target - referencesReserve) {
      this.step();
    }
    this.references();
  }

  // -- steering -------------------------------------------------------------------------------

  /**
   * How far `count` lags behind its density target at the current size. Callers act on a lag
   * above one half (the count rounded to nearest), so rare elements such as tables are spread
   * through the note instead of all landing at its start.
   */
  private lag(count: number, perMb: number): number {
    return (this.bytes / 1_000_000) * perMb - count;
  }

  private behind(count: number, perMb: number): boolean {
    return this.lag(count, perMb) > 0.5;
  }

  private step(): void {
    const c = this.counts;
    if (this.behind(c.h1 + c.h2 + c.h3, PER_MB.headings)) {
      this.heading(this.nextLevel());
      if (this.rng.chance(0.7)) this.paragraph();
      return;
    }
    if (this.behind(c.tables, PER_MB.tables)) return this.table();
    if (this.behind(c.codeBlocks, PER_MB.codeBlocks)) return this.codeBlock();
    if (this.behind(c.questions, PER_MB.questions)) return this.questionBlock();
    if (this.behind(c.pseudo, PER_MB.pseudoHeadings) && c.h2 > 0) return this.pseudoBlock();
    if (this.behind(c.definitionLists, PER_MB.definitionLists)) return this.definitionList();
    if (this.behind(c.display + c.block, PER_MB.displayFormulas)) return this.displayMath();
    const formulaLag = this.lag(c.inline + c.display + c.block, PER_MB.formulas);
    this.paragraph(formulaLag > 3 ? 3 : formulaLag > 0 ? 2 : 0);
  }

  /** Chapters hold 3–5 sections; sections hold 0–3 sub-sections. */
  private nextLevel(): 1 | 2 | 3 {
    if (this.section >= this.sectionsPlanned) return 1;
    if (this.section === 0 || this.sub >= this.subsPlanned) return 2;
    return 3;
  }

  // -- output ---------------------------------------------------------------------------------

  private line(s: string): void {
    this.lines.push(s);
    this.bytes += utf8Length(s) + 1;
    this.chars += s.length + 1;
  }

  private blank(): void {
    this.line('');
  }

  // -- blocks ---------------------------------------------------------------------------------

  private heading(level: 1 | 2 | 3): void {
    const r = this.rng;
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== '') this.blank();
    if (level === 1) {
      this.chapter++;
      this.section = 0;
      this.sub = 0;
      this.sectionsPlanned = r.int(3, 5);
      this.counts.h1++;
      const name = r.pick(CHAPTERS);
      this.line(`# ${r.chance(0.3) ? `${name}（${this.chapter}）` : name}`);
    } else if (level === 2) {
      this.section++;
      this.sub = 0;
      this.pseudoInSection = 0;
      this.subsPlanned = r.int(0, 3);
      this.counts.h2++;
      const title = r.chance(0.5)
        ? `${this.section}. 基于${r.pick(METHODS)}的${r.pick(TASKS)}方法`
        : r.chance(0.5) ? r.pick(TERMS_EN) : `${r.pick(TERMS_ZH)}与${r.pick(TERMS_ZH)}`;
      this.line(`## ${title}`);
    } else {
      this.sub++;
      this.pseudoInSection = 0;
      this.counts.h3++;
      if (r.chance(0.12)) {
        this.counts.questionHeadings++;
        this.line(`### ${this.questionText()}？`);
      } else {
        this.line(`### ${r.chance(0.5) ? r.pick(TERMS_EN) : r.pick(TERMS_ZH)}`);
      }
    }
    this.blank();
  }

  /** A bold-only line such as `**2.3 损失函数**` or `**LoRA**`, then its paragraph. */
  private pseudoBlock(): void {
    const r = this.rng;
    this.pseudoInSection++;
    this.counts.pseudo++;
    const title = r.chance(0.6)
      ? `${this.section}.${this.pseudoInSection} ${r.pick(PSEUDO_TITLES)}`
      : r.chance(0.5) ? r.pick(TERMS_EN) : `${r.pick(TERMS_ZH)} (${r.pick(TERMS_EN)})`;
    this.line(`**${title}**`);
    this.blank();
    this.paragraph(1);
  }

  /** A paragraph of 2–6 sentences, Chinese with English terms, sometimes all English. */
  private paragraph(minInlineMath = 0): void {
    const r = this.rng;
    const sentences: string[] = [];
    const english = r.chance(0.15);
    const n = r.int(2, 6);
    let math = minInlineMath + (r.chance(0.4) ? 1 : 0);
    for (let i = 0; i < n; i++) {
      const withMath = math > 0 && (i >= n - math || r.chance(0.5));
      if (withMath) math--;
      sentences.push(english ? this.englishSentence(withMath) : this.chineseSentence(i > 0, withMath));
    }
    while (math-- > 0) sentences.push(this.chineseSentence(true, true));
    const indent = r.chance(0.04) ? '   ' : ''; // Seed notes occasionally indent a paragraph by 3 spaces.
    this.line(indent + sentences.join(english ? ' ' : ''));
    if (r.chance(0.1)) this.line(`![image](imgs/${r.pick(TASKS)}-${r.int(1, 40)}.png)`);
    this.blank();
  }

  private chineseSentence(connect: boolean, withMath: boolean): string {
    const r = this.rng;
    const lead = connect && r.chance(0.45) ? r.pick(CONNECTORS) : '';
    let s = `${lead}${r.pick(SUBJECTS)}${r.pick(VERBS)}${r.pick(OBJECTS)}，${r.pick(PURPOSES)}`;
    if (r.chance(0.35)) s += `，例如 ${r.pick(TERMS_EN)} 在${r.pick(SCENES)}下的做法`;
    if (withMath) {
      this.counts.inline++;
      s += r.chance(0.5)
        ? `，其中 $${this.inlineTex()}$ 表示${r.pick(OBJECTS)}`
        : `，复杂度为 $${this.inlineTex()}$`;
    }
    if (r.chance(0.2)) s += `（${r.pick(REMARKS)}）`;
    return s + '。';
  }

  private englishSentence(withMath: boolean): string {
    const r = this.rng;
    let s = `${r.pick(EN_SUBJECTS)} ${r.pick(EN_VERBS)} ${r.pick(EN_OBJECTS)} ${r.pick(EN_TAILS)}`;
    if (withMath) {
      this.counts.inline++;
      s += `, where $${this.inlineTex()}$ denotes ${r.pick(EN_OBJECTS)}`;
    }
    return s + '.';
  }

  /**
   * Real notes repeat some formulas but not most: in the corpus about half of a note's formulas
   * are distinct. A fragment is used as is or with an equation number, so a renderer's cache of
   * formulas helps here as much as it would on real notes, not more.
   */
  private varied(tex: string): string {
    return this.rng.chance(0.6) ? `${tex} \\qquad (${this.rng.int(1, 2000)})` : tex;
  }

  private inlineTex(): string {
    const tex = this.rng.pick(INLINE_TEX);
    return this.rng.chance(0.6) ? `{${tex}}^{(${this.rng.int(1, 2000)})}` : tex;
  }

  /** One-line `$$…$$` or a multi-line `$$` block, with a lead-in sentence and a note below. */
  private displayMath(): void {
    const r = this.rng;
    this.line(`${r.pick(SUBJECTS)}可以写成如下形式：`);
    if (r.chance(0.55)) {
      this.counts.display++;
      this.line(`$$${this.varied(r.pick(DISPLAY_TEX))}$$`);
    } else {
      this.counts.block++;
      this.line('$$');
      const lines = r.chance(0.5) ? [...r.pick(ALIGNED_TEX)] : [r.pick(DISPLAY_TEX)];
      lines[lines.length - 1] = this.varied(lines[lines.length - 1]);
      for (const l of lines) this.line(l);
      this.line('$$');
    }
    this.blank();
    // The explanation right under a formula is dense with inline symbols, as in real notes.
    const k = r.int(1, 2);
    const parts: string[] = [];
    for (let i = 0; i < k; i++) {
      this.counts.inline++;
      parts.push(`$${this.inlineTex()}$ 是${r.pick(OBJECTS)}`);
    }
    this.line(`其中，${parts.join('；')}。`);
    this.blank();
  }

  private definitionList(): void {
    const r = this.rng;
    this.counts.definitionLists++;
    if (r.chance(0.4)) {
      this.line(`**${r.pick(['先验概念', '生成模型', '常见术语', '基本概念', 'Key terms'])}**`);
      this.blank();
      this.counts.pseudo++;
    }
    const bold = r.chance(0.3);
    const n = r.int(3, 6);
    for (let i = 0; i < n; i++) {
      const term = r.chance(0.5) ? r.pick(TERMS_ZH) : r.pick(TERMS_EN);
      let def = `${r.pick(VERBS).replace(/^(首先|逐步|显式|自适应地)/, '')}${r.pick(OBJECTS)}的一种方式，${r.pick(PURPOSES)}`;
      if (r.chance(0.25)) {
        this.counts.inline++;
        def += `，通常记作 $${this.inlineTex()}$`;
      }
      if (r.chance(0.3)) def += `。${r.pick(REMARKS)}`;
      this.counts.definitions++;
      this.line(bold ? `- **${term}**：${def}。` : `- ${term}：${def}。`);
    }
    this.blank();
  }

  private questionText(): string {
    const r = this.rng;
    return r.pick(QUESTION_STEMS)
      .replace('{a}', r.pick(TERMS_EN))
      .replace('{b}', r.pick(TERMS_EN))
      .replace('{c}', r.pick(QUESTION_FILL_C))
      .replace('{z}', r.pick(TERMS_ZH))
      .replace('{p}', r.pick(PURPOSES).replace(/^(从而|以|使)/, ''));
  }

  /** A question line in one of the styles notes use, then a 1–3 block answer. */
  private questionBlock(): void {
    const r = this.rng;
    this.counts.questions++;
    const q = this.questionText();
    const style = r.float();
    if (style < 0.8) this.line(`**Question： ${q}?**`);
    else if (style < 0.92) this.line(`**问：${q}？**`);
    else this.line(`Q: ${q}?`);
    this.blank();
    if (r.chance(0.25)) this.line('答：' + this.chineseSentence(false, false));
    this.paragraph(r.chance(0.5) ? 1 : 0);
    const extra = r.float();
    if (extra < 0.35) {
      // Numbered reasons, written as list items with a colon: they look like definitions.
      const n = r.int(2, 4);
      for (let i = 1; i <= n; i++) {
        this.line(`- ${i}）${r.pick(LIST_POINTS)}：${this.chineseSentence(false, r.chance(0.3))}`);
      }
      this.blank();
    } else if (extra < 0.6) {
      this.displayMath();
    }
  }

  private table(): void {
    const r = this.rng;
    this.counts.tables++;
    const a = r.pick(TERMS_EN);
    const b = r.pick(TERMS_EN);
    this.line(`**Question： ${a}和${b}的区别?**`);
    this.counts.questions++;
    this.blank();
    this.line(`| 特性         | ${a.padEnd(20)} | ${b.padEnd(20)} |`);
    this.line(`|--------------|${'-'.repeat(22)}|${'-'.repeat(22)}|`);
    const rows = r.int(3, 6);
    for (let i = 0; i < rows; i++) {
      const cell = (): string => {
        if (r.chance(0.15)) {
          this.counts.inline++;
          return `复杂度 $${this.inlineTex()}$`;
        }
        return `${r.pick(VERBS)}${r.pick(OBJECTS)}，${r.pick(PURPOSES)}`;
      };
      this.line(`| ${r.pick(TABLE_COLUMNS)}      | ${cell()}| ${cell()} |`);
    }
    this.blank();
  }

  private codeBlock(): void {
    const r = this.rng;
    this.counts.codeBlocks++;
    this.line(`${r.pick(['实现如下：', '参考代码：', 'A minimal sketch:', '关键代码片段：'])}`);
    this.blank();
    const snippet = r.pick(CODE_SNIPPETS);
    for (const l of snippet) {
      if (l.startsWith('#')) this.counts.hashLinesInCode++;
      this.line(l);
    }
    this.blank();
  }

  /** The closing reference list: bare URLs as in the seed, plus a few link definitions. */
  private references(): void {
    const r = this.rng;
    this.blank();
    this.line('参考：');
    for (let i = 0; i < 8; i++) {
      this.line(`（${r.pick(TERMS_EN)}）${r.pick(URL_HOSTS)}/${r.int(100000, 999999)}`);
    }
    this.blank();
    for (let i = 1; i <= 4; i++) {
      this.counts.linkDefinitions++;
      this.line(`[ref-${i}]: ${r.pick(URL_HOSTS)}/${r.int(100000, 999999)}`);
    }
  }
}
