/**
 * The built-in bilingual glossary: terms that ML research and interview-prep notes use, with short
 * English and 简体中文 definitions, the key formula (TeX, no delimiters) and, for abbreviations,
 * the expansion. Every definition here was written for this project.
 *
 * Rules the unit test enforces: no two entries share a term or alias (case and spaces ignored);
 * a term with several meanings (`SSD`) is one entry with several senses.
 */
import type { BuiltinEntry } from './builtinTypes';

export const BUILTIN_GLOSSARY: readonly BuiltinEntry[] = [
  // ───────────────────────── Diffusion models and samplers ─────────────────────────
  {
    term: 'Diffusion model',
    aliases: ['扩散模型', 'diffusion models', 'Diffusion', 'denoising diffusion model', '去噪扩散模型'],
    senses: [{
      field: 'diffusion',
      en: 'A generative model that defines a fixed forward process gradually corrupting data into Gaussian noise and learns the reverse, step-by-step denoising process; sampling starts from pure noise and denoises iteratively.',
      zh: '一类生成模型：固定的前向过程逐步向数据加噪直至变为高斯噪声，网络学习逆向的逐步去噪过程；采样时从纯噪声出发迭代去噪得到样本。',
    }],
  },
  {
    term: 'DDPM',
    aliases: ['Denoising Diffusion Probabilistic Models', 'Denoising Diffusion Probabilistic Model', '去噪扩散概率模型'],
    senses: [{
      field: 'diffusion',
      expansion: 'Denoising Diffusion Probabilistic Models',
      en: 'The diffusion model of Ho et al. (2020): a Markov chain adds Gaussian noise with variances β_t, and a network trained to predict the added noise parameterises the Gaussian reverse transitions; sampling runs all T (≈1000) ancestral steps.',
      zh: 'Ho 等人（2020）提出的扩散模型：前向马尔可夫链按方差 β_t 逐步加高斯噪声，网络通过预测所加噪声来参数化高斯反向转移；采样需逐步执行全部 T（约 1000）步。',
      tex: String.raw`q(x_t\mid x_{t-1})=\mathcal N\big(x_t;\sqrt{1-\beta_t}\,x_{t-1},\,\beta_t I\big),\qquad x_t=\sqrt{\bar\alpha_t}\,x_0+\sqrt{1-\bar\alpha_t}\,\epsilon`,
    }],
  },
  {
    term: 'DDIM',
    aliases: ['Denoising Diffusion Implicit Models', 'Denoising Diffusion Implicit Model', '去噪扩散隐式模型', 'DDIM sampler', 'DDIM 采样'],
    senses: [{
      field: 'diffusion',
      expansion: 'Denoising Diffusion Implicit Models',
      en: 'A family of non-Markovian forward processes with the same marginals as DDPM, so a DDPM-trained noise predictor can be reused; with η = 0 the reverse update is deterministic and can skip timesteps, giving good samples in 10–50 steps.',
      zh: '构造与 DDPM 边缘分布相同的非马尔可夫前向过程，因而可直接复用 DDPM 训练的噪声预测网络；η = 0 时反向更新是确定性的，并可跳步，10–50 步即可得到较好样本。',
      tex: String.raw`x_{t-1}=\sqrt{\bar\alpha_{t-1}}\,\hat x_0+\sqrt{1-\bar\alpha_{t-1}-\sigma_t^2}\,\epsilon_\theta(x_t,t)+\sigma_t z,\qquad \hat x_0=\frac{x_t-\sqrt{1-\bar\alpha_t}\,\epsilon_\theta(x_t,t)}{\sqrt{\bar\alpha_t}}`,
    }],
  },
  {
    term: 'Forward process',
    aliases: ['前向过程', '前向扩散过程', 'forward diffusion process', 'diffusion process', '加噪过程', 'noising process'],
    senses: [{
      field: 'diffusion',
      en: 'The fixed, parameter-free process of a diffusion model that corrupts a clean sample with increasing noise until it is (close to) a standard Gaussian; for Gaussian noise x_t can be drawn from x_0 in closed form.',
      zh: '扩散模型中固定、不含可学习参数的加噪过程，把干净样本逐步加噪直至（近似）标准高斯分布；高斯噪声下可由 x_0 直接闭式采样任意时刻的 x_t。',
      tex: String.raw`q(x_t\mid x_0)=\mathcal N\big(x_t;\sqrt{\bar\alpha_t}\,x_0,\,(1-\bar\alpha_t)I\big),\qquad \bar\alpha_t=\prod_{s=1}^{t}(1-\beta_s)`,
    }],
  },
  {
    term: 'Reverse process',
    aliases: ['反向过程', '反向去噪过程', 'reverse diffusion process', 'denoising process', '去噪过程'],
    senses: [{
      field: 'diffusion',
      en: 'The learned generative chain of a diffusion model that maps noise back to data, each step a Gaussian whose mean is computed from the network output (predicted noise, x_0 or v).',
      zh: '扩散模型中可学习的生成链，将噪声逐步映射回数据；每一步是高斯分布，其均值由网络输出（预测噪声、x_0 或 v）计算得到。',
      tex: String.raw`p_\theta(x_{t-1}\mid x_t)=\mathcal N\big(x_{t-1};\mu_\theta(x_t,t),\sigma_t^2 I\big),\qquad \mu_\theta=\frac{1}{\sqrt{\alpha_t}}\Big(x_t-\frac{\beta_t}{\sqrt{1-\bar\alpha_t}}\,\epsilon_\theta(x_t,t)\Big)`,
    }],
  },
  {
    term: 'Score matching',
    aliases: ['分数匹配', 'denoising score matching', '去噪分数匹配', 'score function', '得分函数', '分数函数'],
    senses: [{
      field: 'diffusion',
      en: 'Training a network s_θ(x) to approximate the score ∇_x log p(x) without knowing the normalising constant; denoising score matching regresses the score of the Gaussian perturbation kernel, which is equivalent to noise prediction.',
      zh: '训练网络 s_θ(x) 逼近得分（对数密度梯度）∇_x log p(x)，无需归一化常数；去噪分数匹配回归高斯扰动核的得分，与预测噪声等价。',
      tex: String.raw`\mathbb E_{t,x_0,x_t}\Big[\lambda(t)\,\big\|s_\theta(x_t,t)-\nabla_{x_t}\log q(x_t\mid x_0)\big\|^2\Big],\qquad \nabla_{x_t}\log q(x_t\mid x_0)=-\frac{\epsilon}{\sqrt{1-\bar\alpha_t}}`,
    }],
  },
  {
    term: 'Score SDE',
    aliases: ['SDE', 'stochastic differential equation', '随机微分方程', 'score-based generative model', 'score-based model', '基于分数的生成模型', 'reverse SDE', '反向 SDE'],
    senses: [{
      field: 'diffusion',
      en: 'The continuous-time view of diffusion (Song et al., 2021): data are noised by a forward SDE, and samples are generated by integrating the reverse-time SDE, which only needs the learned score; VP-SDE and VE-SDE generalise DDPM and SMLD.',
      zh: '扩散模型的连续时间视角（Song 等，2021）：前向 SDE 对数据加噪，沿逆时间 SDE 积分生成样本，逆向方程只需学到的得分；VP-SDE 与 VE-SDE 分别推广了 DDPM 与 SMLD。',
      tex: String.raw`dx=f(x,t)\,dt+g(t)\,dw,\qquad dx=\big[f(x,t)-g(t)^2\nabla_x\log p_t(x)\big]dt+g(t)\,d\bar w`,
    }],
  },
  {
    term: 'Probability flow ODE',
    aliases: ['PF-ODE', 'PF ODE', 'ODE', 'ordinary differential equation', '常微分方程', '概率流 ODE', '概率流常微分方程'],
    senses: [{
      field: 'diffusion',
      en: 'A deterministic ODE whose solution trajectories have the same marginal densities p_t as the diffusion SDE; solving it with numerical ODE solvers gives deterministic sampling (DDIM is a first-order discretisation) and exact likelihoods.',
      zh: '与扩散 SDE 具有相同边缘分布 p_t 的确定性常微分方程；用数值 ODE 求解器求解即得确定性采样（DDIM 是其一阶离散化），并可计算精确似然。',
      tex: String.raw`\frac{dx}{dt}=f(x,t)-\tfrac12\,g(t)^2\,\nabla_x\log p_t(x)`,
    }],
  },
  {
    term: 'DPM-Solver',
    aliases: ['DPM-Solver++', 'DPM Solver', 'DPM++', 'DPM 求解器', 'DPM-Solver 采样器'],
    senses: [{
      field: 'diffusion',
      en: 'A fast high-order solver for the diffusion ODE that integrates the linear part exactly and approximates the noise-prediction integral in log-SNR time λ with Taylor expansions; DPM-Solver++ works in x_0-prediction and suits guided sampling, reaching good quality in 10–20 steps.',
      zh: '扩散 ODE 的高阶快速求解器：精确积分线性部分，并在对数信噪比时间 λ 上用泰勒展开近似噪声预测积分项；DPM-Solver++ 改用 x_0 预测，更适合引导采样，10–20 步即可得到高质量样本。',
      tex: String.raw`x_t=\frac{\alpha_t}{\alpha_s}\,x_s-\alpha_t\int_{\lambda_s}^{\lambda_t}e^{-\lambda}\,\hat\epsilon_\theta(\hat x_\lambda,\lambda)\,d\lambda,\qquad \lambda_t=\log\frac{\alpha_t}{\sigma_t}`,
    }],
  },
  {
    term: 'PLMS',
    aliases: ['Pseudo Linear Multi-Step', 'pseudo linear multistep', 'PNDM', 'pseudo numerical methods for diffusion models', '伪线性多步法'],
    senses: [{
      field: 'diffusion',
      expansion: 'Pseudo Linear Multi-Step',
      en: 'A sampler from PNDM that keeps the DDIM-style transfer step but replaces the single noise estimate with a 4th-order Adams–Bashforth combination of the last four estimates, giving better samples than DDIM at the same small step count.',
      zh: 'PNDM 中的采样器：沿用 DDIM 式的转移公式，但用最近四次噪声估计的四阶 Adams–Bashforth 线性组合代替单次估计，在相同少步数下比 DDIM 质量更好。',
      tex: String.raw`\epsilon'_t=\tfrac{1}{24}\big(55\,\epsilon_t-59\,\epsilon_{t-1}+37\,\epsilon_{t-2}-9\,\epsilon_{t-3}\big)`,
    }],
  },
  {
    term: 'Euler sampler',
    aliases: ['Euler', 'Euler method', '欧拉法', '欧拉采样器', 'Euler solver'],
    senses: [{
      field: 'diffusion',
      en: 'First-order explicit Euler integration of the probability-flow ODE, usually in the σ (noise-level) parameterisation of EDM/k-diffusion: one network evaluation per step along the current denoising direction.',
      zh: '对概率流 ODE 做一阶显式欧拉积分，常用 EDM/k-diffusion 的 σ（噪声水平）参数化：每步沿当前去噪方向前进，仅需一次网络调用。',
      tex: String.raw`x_{i+1}=x_i+(\sigma_{i+1}-\sigma_i)\,d_i,\qquad d_i=\frac{x_i-D_\theta(x_i,\sigma_i)}{\sigma_i}`,
    }],
  },
  {
    term: 'Heun sampler',
    aliases: ['Heun', "Heun's method", 'Heun 方法', 'Heun 采样器', '改进欧拉法'],
    senses: [{
      field: 'diffusion',
      en: 'Second-order (trapezoidal) ODE sampler: take an Euler step, re-evaluate the slope at the predicted point and average the two slopes; two network evaluations per step but much smaller discretisation error (the default solver of EDM).',
      zh: '二阶（梯形）ODE 采样器：先做一步欧拉预测，在预测点重新计算斜率，再取两斜率平均；每步两次网络调用，但离散误差显著更小（EDM 的默认求解器）。',
      tex: String.raw`x_{i+1}=x_i+\tfrac12(\sigma_{i+1}-\sigma_i)\big(d_i+d'_{i+1}\big)`,
    }],
  },
  {
    term: 'LMS sampler',
    aliases: ['LMS', 'linear multistep sampler', 'linear multistep method', '线性多步法', 'LMS 采样器'],
    senses: [{
      field: 'diffusion',
      expansion: 'Linear Multi-Step',
      en: 'A k-diffusion sampler that applies a linear multistep method to the diffusion ODE: it combines the derivatives from several previous steps with fixed coefficients, so each step costs one network evaluation but the history must be stored.',
      zh: 'k-diffusion 中的采样器，对扩散 ODE 使用线性多步法：以固定系数线性组合前几步的导数，每步只需一次网络调用，但需保存历史导数。',
      tex: String.raw`x_{i+1}=x_i+\sum_{j=0}^{k-1}c_{ij}\,d_{i-j}`,
    }],
  },
  {
    term: 'Ancestral sampling',
    aliases: ['Euler a', 'Euler ancestral', '祖先采样', 'ancestral sampler', 'DPM++ 2S a'],
    senses: [{
      field: 'diffusion',
      en: 'Stochastic sampling that, at each step, denoises to a lower noise level σ_down and then injects fresh Gaussian noise of size σ_up, as in DDPM; results keep changing with the step count instead of converging.',
      zh: '随机采样方式：每步先去噪到较低噪声水平 σ_down，再注入大小为 σ_up 的新高斯噪声（类似 DDPM）；结果会随步数变化而不收敛到固定图像。',
      tex: String.raw`x_{i+1}=x_i+(\sigma_{\text{down}}-\sigma_i)\,d_i+\sigma_{\text{up}}\,z,\qquad \sigma_{\text{down}}^2+\sigma_{\text{up}}^2=\sigma_{i+1}^2`,
    }],
  },
  {
    term: 'Classifier guidance',
    aliases: ['分类器引导', 'classifier-guided sampling', 'guided diffusion'],
    senses: [{
      field: 'diffusion',
      en: 'Conditional sampling that adds the gradient of a separately trained noise-robust classifier log p_φ(y | x_t) to the score, scaled by a guidance weight to trade diversity for fidelity.',
      zh: '条件采样方法：把单独训练的、对噪声鲁棒的分类器梯度 ∇log p_φ(y | x_t) 加到得分上，并以引导权重放大，以多样性换取保真度。',
      tex: String.raw`\hat\epsilon=\epsilon_\theta(x_t,t)-w\,\sqrt{1-\bar\alpha_t}\,\nabla_{x_t}\log p_\phi(y\mid x_t)`,
    }],
  },
  {
    term: 'CFG',
    aliases: ['Classifier-free guidance', 'classifier free guidance', '无分类器引导', 'guidance scale', '引导系数', 'CFG scale'],
    senses: [{
      field: 'diffusion',
      expansion: 'Classifier-Free Guidance',
      en: 'One network is trained both conditionally and unconditionally (the condition is dropped to a null token with some probability); at sampling the two noise predictions are extrapolated away from the unconditional one with weight w.',
      zh: '同一网络同时学习条件与无条件预测（训练时以一定概率把条件替换为空条件）；采样时以权重 w 将条件预测相对无条件预测外推。',
      tex: String.raw`\tilde\epsilon_\theta(x_t,c)=(1+w)\,\epsilon_\theta(x_t,c)-w\,\epsilon_\theta(x_t,\varnothing)`,
    }],
  },
  {
    term: 'Noise schedule',
    aliases: ['噪声调度', '噪声表', 'beta schedule', 'variance schedule', '方差调度', 'cosine noise schedule', 'linear noise schedule'],
    senses: [{
      field: 'diffusion',
      en: 'The choice of per-step noise levels β_t (equivalently ᾱ_t or σ_t) that fixes how fast signal is destroyed; common ones are linear β, the cosine schedule of Improved DDPM, and EDM/Karras σ spacing.',
      zh: '各时间步噪声强度 β_t（等价地 ᾱ_t 或 σ_t）的设定，决定信号被破坏的速度；常见有线性 β、Improved DDPM 的余弦调度以及 EDM/Karras 的 σ 间隔。',
      tex: String.raw`\bar\alpha_t=\frac{f(t)}{f(0)},\qquad f(t)=\cos^2\!\Big(\frac{t/T+s}{1+s}\cdot\frac{\pi}{2}\Big)`,
    }],
  },
  {
    term: 'SNR',
    aliases: ['signal-to-noise ratio', '信噪比', 'log-SNR', '对数信噪比'],
    senses: [{
      field: 'diffusion',
      expansion: 'Signal-to-Noise Ratio',
      en: 'In diffusion, the ratio of signal variance to noise variance at step t; it decreases monotonically with t and is the natural variable for loss weighting and solver design.',
      zh: '扩散模型中第 t 步信号方差与噪声方差之比，随 t 单调下降，是设计损失加权与求解器的自然变量。',
      tex: String.raw`\mathrm{SNR}(t)=\frac{\bar\alpha_t}{1-\bar\alpha_t}=\frac{\alpha_t^2}{\sigma_t^2}`,
    }],
  },
  {
    term: 'Offset noise',
    aliases: ['offset-noise', '偏移噪声', 'noise offset'],
    senses: [{
      field: 'diffusion',
      en: 'A fine-tuning trick for Stable Diffusion: add a random per-image, per-channel constant (scale ≈ 0.1) to the training noise so the model learns to change low-frequency content such as overall brightness, enabling very dark or bright images.',
      zh: 'Stable Diffusion 的微调技巧：在训练噪声上叠加按图像、按通道随机采样的常数偏移（幅度约 0.1），使模型学会改变整体亮度等低频成分，从而能生成很暗或很亮的图像。',
      tex: String.raw`\epsilon=\epsilon_{\text{iid}}+\delta\,\eta_{b,c},\qquad \epsilon_{\text{iid}}\sim\mathcal N(0,I),\ \eta_{b,c}\sim\mathcal N(0,1)`,
    }],
  },
  {
    term: 'Zero terminal SNR',
    aliases: ['zero-terminal SNR', '零终端信噪比', 'terminal SNR'],
    senses: [{
      field: 'diffusion',
      en: 'Rescaling a noise schedule so that the last step is pure noise (ᾱ_T = 0); common schedules leave some signal at T, causing a train–test mismatch that limits brightness range, which offset noise only patches.',
      zh: '重新缩放噪声调度使最后一步为纯噪声（ᾱ_T = 0）；常见调度在 T 时刻仍残留信号，造成训练与推理不一致、限制亮度范围，偏移噪声只是对此的补救。',
      tex: String.raw`\mathrm{SNR}(T)=0\iff\bar\alpha_T=0`,
    }],
  },
  {
    term: 'ε-prediction',
    aliases: ['epsilon prediction', 'noise prediction', '噪声预测', 'eps-prediction', 'ε 预测'],
    senses: [{
      field: 'diffusion',
      en: 'Parameterising the denoiser to predict the noise ε added to x_0; DDPM trains it with the unweighted "simple" MSE loss. Alternatives are x_0-prediction and v-prediction.',
      zh: '让去噪网络预测加到 x_0 上的噪声 ε；DDPM 以不加权的简化均方误差训练。其他参数化有 x_0 预测和 v 预测。',
      tex: String.raw`\mathcal L_{\text{simple}}=\mathbb E_{t,x_0,\epsilon}\big\|\epsilon-\epsilon_\theta\big(\sqrt{\bar\alpha_t}\,x_0+\sqrt{1-\bar\alpha_t}\,\epsilon,\;t\big)\big\|^2`,
    }],
  },
  {
    term: 'v-prediction',
    aliases: ['v prediction', 'v-parameterization', 'velocity prediction', 'v 预测'],
    senses: [{
      field: 'diffusion',
      en: 'Parameterising the network to predict v, a combination of noise and data; it stays well-conditioned at both low and high noise levels and is used in progressive distillation and Stable Diffusion 2.',
      zh: '让网络预测噪声与数据的组合 v；在低噪声与高噪声端都保持良好数值性质，被渐进蒸馏和 Stable Diffusion 2 采用。',
      tex: String.raw`v_t=\sqrt{\bar\alpha_t}\,\epsilon-\sqrt{1-\bar\alpha_t}\,x_0`,
    }],
  },
  {
    term: 'LDM',
    aliases: ['Latent Diffusion Model', 'latent diffusion', 'Latent Diffusion Models', '潜在扩散模型', '隐空间扩散模型', '潜空间扩散'],
    senses: [{
      field: 'diffusion',
      expansion: 'Latent Diffusion Model',
      en: 'A diffusion model run in the latent space of a pretrained autoencoder (e.g. 8× downsampling) instead of pixels, cutting compute; conditions such as text enter the denoiser through cross-attention. Stable Diffusion is an LDM.',
      zh: '在预训练自编码器的潜空间（如 8 倍下采样）而非像素空间中进行扩散，显著降低计算量；文本等条件通过交叉注意力注入去噪网络。Stable Diffusion 即为 LDM。',
      tex: String.raw`\mathcal L_{\text{LDM}}=\mathbb E_{z_0=\mathcal E(x),\,\epsilon,\,t}\big\|\epsilon-\epsilon_\theta\big(z_t,t,\tau_\theta(y)\big)\big\|^2`,
    }],
  },
  {
    term: 'Stable Diffusion',
    aliases: ['SD', 'SDXL', 'SD 1.5', 'Stable Diffusion XL', 'SD3'],
    senses: [{
      field: 'diffusion',
      en: 'The open text-to-image latent diffusion models from Stability AI and partners: a VAE latent space, a text-conditioned U-Net (SD 1.x/2.x, SDXL) or MMDiT with rectified flow (SD3), and CLIP/T5 text encoders.',
      zh: 'Stability AI 等发布的开源文生图潜在扩散模型：使用 VAE 潜空间、文本条件 U-Net（SD 1.x/2.x、SDXL）或基于整流流的 MMDiT（SD3），以及 CLIP/T5 文本编码器。',
    }],
  },
  {
    term: 'DiT',
    aliases: ['Diffusion Transformer', 'Diffusion Transformers', '扩散 Transformer'],
    senses: [{
      field: 'diffusion',
      expansion: 'Diffusion Transformer',
      en: 'A latent diffusion backbone that replaces the U-Net with a ViT-style Transformer over patchified latent tokens, injecting timestep and class through adaLN-Zero; quality scales predictably with compute (GFLOPs).',
      zh: '把潜在扩散中的 U-Net 替换为作用于分块潜变量 token 的 ViT 式 Transformer，通过 adaLN-Zero 注入时间步与类别条件；生成质量随计算量（GFLOPs）稳定提升。',
      tex: String.raw`N_{\text{tokens}}=\Big(\frac{I}{p}\Big)^2`,
    }],
  },
  {
    term: 'adaLN-Zero',
    aliases: ['adaLN', 'adaptive layer norm', 'adaptive layer normalization', '自适应层归一化'],
    senses: [{
      field: 'diffusion',
      en: 'Conditioning by regressing the LayerNorm scale and shift (plus a residual gate) from the condition embedding; in adaLN-Zero the gates are zero-initialised so every block starts as the identity.',
      zh: '由条件嵌入回归出 LayerNorm 的缩放与平移（以及残差门控）来注入条件；adaLN-Zero 将门控初始化为零，使每个模块初始时为恒等映射。',
      tex: String.raw`h\leftarrow h+\alpha(c)\odot F\big(\gamma(c)\odot\mathrm{LN}(h)+\beta(c)\big)`,
    }],
  },
  {
    term: 'Linear DiT',
    aliases: ['linear-DiT', '线性 DiT'],
    senses: [{
      field: 'diffusion',
      en: 'The backbone of NVIDIA Sana: a DiT whose softmax self-attention is replaced by ReLU linear attention (O(N) in tokens), with a Mix-FFN depthwise convolution to restore locality, enabling fast high-resolution generation.',
      zh: 'NVIDIA Sana 的主干：把 DiT 的 softmax 自注意力替换为 ReLU 线性注意力（对 token 数为 O(N)），并以含深度卷积的 Mix-FFN 补充局部信息，实现高分辨率快速生成。',
    }],
  },
  {
    term: 'DC-AE',
    aliases: ['Deep Compression Autoencoder', '深压缩自编码器', '深度压缩自编码器'],
    senses: [{
      field: 'diffusion',
      expansion: 'Deep Compression Autoencoder',
      en: 'An autoencoder for latent diffusion with very high spatial compression (e.g. 32× instead of 8×, with more latent channels), so the diffusion backbone processes far fewer tokens; used by Sana.',
      zh: '用于潜在扩散的高压缩率自编码器（如 32 倍而非 8 倍下采样，配合更多潜在通道），使扩散主干处理的 token 数大幅减少；被 Sana 采用。',
    }],
  },
  {
    term: 'U-Net',
    aliases: ['UNet', 'U Net', 'U 型网络'],
    senses: [{
      field: 'diffusion',
      en: 'An encoder–decoder CNN with skip connections between matching resolutions; with residual blocks, attention and timestep embeddings it is the classic denoiser backbone of DDPM and Stable Diffusion.',
      zh: '在对应分辨率间带跳跃连接的编码器–解码器卷积网络；加入残差块、注意力与时间步嵌入后成为 DDPM 和 Stable Diffusion 的经典去噪主干。',
    }],
  },
  {
    term: 'Timestep embedding',
    aliases: ['时间步嵌入', 'time embedding', 'noise level embedding'],
    senses: [{
      field: 'diffusion',
      en: 'A sinusoidal encoding of the diffusion step t (or noise level) passed through an MLP and injected into every block, telling the shared denoiser how much noise to remove.',
      zh: '把扩散时间步 t（或噪声水平）做正弦编码并经 MLP 后注入各模块，使共享的去噪网络知道当前应去除多少噪声。',
    }],
  },
  {
    term: 'VAE',
    aliases: ['Variational Autoencoder', 'variational auto-encoder', '变分自编码器', '变分自动编码器'],
    senses: [{
      field: 'diffusion',
      expansion: 'Variational Autoencoder',
      en: 'A latent-variable generative model trained by maximising the ELBO: an encoder outputs q_φ(z | x), the reparameterisation trick makes sampling differentiable, and a decoder models p_θ(x | z); in LDMs a KL-regularised VAE supplies the latent space.',
      zh: '通过最大化 ELBO 训练的隐变量生成模型：编码器输出 q_φ(z | x)，借助重参数化使采样可导，解码器建模 p_θ(x | z)；在 LDM 中由带 KL 正则的 VAE 提供潜空间。',
      tex: String.raw`\mathcal L=\mathbb E_{q_\phi(z\mid x)}\big[\log p_\theta(x\mid z)\big]-D_{\mathrm{KL}}\big(q_\phi(z\mid x)\,\|\,p(z)\big)`,
    }],
  },
  {
    term: 'ELBO',
    aliases: ['Evidence Lower Bound', 'evidence lower bound', '证据下界', 'variational lower bound', '变分下界', 'VLB'],
    senses: [{
      field: 'diffusion',
      expansion: 'Evidence Lower Bound',
      en: 'A lower bound on log p(x) obtained with an approximate posterior q and Jensen’s inequality; the gap is KL(q ‖ p(z | x)). VAEs maximise it, and the DDPM loss is a reweighted ELBO that decomposes into per-step KL terms.',
      zh: '借助近似后验 q 与 Jensen 不等式得到的 log p(x) 下界，两者之差为 KL(q ‖ p(z | x))。VAE 直接最大化它，DDPM 的损失则是按时间步分解为 KL 项的加权 ELBO。',
      tex: String.raw`\log p_\theta(x)\ge\mathbb E_{q(z\mid x)}\big[\log p_\theta(x,z)-\log q(z\mid x)\big]`,
    }],
  },
  {
    term: 'Reparameterization trick',
    aliases: ['reparameterisation trick', 'reparameterization', '重参数化', '重参数化技巧', '重参数技巧'],
    senses: [{
      field: 'diffusion',
      en: 'Writing a random variable as a deterministic, differentiable function of parameters and parameter-free noise, so gradients can flow through sampling; used in VAEs and in the closed-form x_t of diffusion.',
      zh: '把随机变量写成参数与无参噪声的确定性可导函数，使梯度能穿过采样操作；VAE 与扩散模型中 x_t 的闭式采样都用到它。',
      tex: String.raw`z=\mu_\phi(x)+\sigma_\phi(x)\odot\epsilon,\qquad \epsilon\sim\mathcal N(0,I)`,
    }],
  },
  {
    term: 'Flow Matching',
    aliases: ['FM', 'conditional flow matching', 'CFM', '流匹配', '条件流匹配'],
    senses: [{
      field: 'diffusion',
      en: 'Simulation-free training of a continuous normalising flow: regress a velocity field v_θ onto the known conditional velocity of a chosen probability path between noise and data; sampling integrates the ODE.',
      zh: '无需模拟的连续归一化流训练方法：在噪声与数据之间选定概率路径，用网络 v_θ 回归该路径已知的条件速度场；采样时积分该 ODE。',
      tex: String.raw`\mathcal L_{\text{CFM}}=\mathbb E_{t,\,x_1,\,x\sim p_t(x\mid x_1)}\big\|v_\theta(x,t)-u_t(x\mid x_1)\big\|^2`,
    }],
  },
  {
    term: 'Rectified flow',
    aliases: ['rectified-flow', '整流流', '矫正流', 'reflow', 'RF'],
    senses: [{
      field: 'diffusion',
      en: 'Flow matching with straight-line interpolation between a noise sample and a data sample, whose target velocity is the constant x_1 − x_0; optional "reflow" retraining straightens trajectories further for few-step sampling.',
      zh: '在噪声样本与数据样本之间取直线插值的流匹配，其目标速度为常数 x_1 − x_0；可选的 reflow 再训练进一步拉直轨迹，便于少步采样。',
      tex: String.raw`x_t=t\,x_1+(1-t)\,x_0,\qquad \min_\theta\,\mathbb E\,\big\|(x_1-x_0)-v_\theta(x_t,t)\big\|^2`,
    }],
  },
  {
    term: 'Consistency model',
    aliases: ['consistency models', '一致性模型', 'consistency distillation', '一致性蒸馏', 'LCM', 'latent consistency model'],
    senses: [{
      field: 'diffusion',
      en: 'A model f_θ(x_t, t) that maps any point on a probability-flow ODE trajectory directly to its origin, trained by distillation or from scratch to be self-consistent along trajectories; it allows one- or few-step generation.',
      zh: '模型 f_θ(x_t, t) 把概率流 ODE 轨迹上任一点直接映射到轨迹起点，通过蒸馏或从头训练使其在同一轨迹上自洽，从而支持一步或少步生成。',
      tex: String.raw`f_\theta(x_t,t)=f_\theta(x_{t'},t')\ \ \text{for }x_t,x_{t'}\text{ on one trajectory},\qquad f_\theta(x_\epsilon,\epsilon)=x_\epsilon`,
    }],
  },
  {
    term: 'Progressive distillation',
    aliases: ['渐进蒸馏', '渐进式蒸馏', 'step distillation'],
    senses: [{
      field: 'diffusion',
      en: 'Repeatedly training a student sampler to match two steps of its deterministic teacher in one step, halving the number of sampling steps each round (e.g. 1024 → 4).',
      zh: '反复训练学生模型用一步匹配确定性教师采样器的两步，每轮将采样步数减半（如 1024 → 4）。',
    }],
  },
  {
    term: 'EDM',
    aliases: ['Elucidating the Design Space of Diffusion Models', 'Karras schedule', 'Karras sigmas', 'Karras 噪声表'],
    senses: [{
      field: 'diffusion',
      expansion: 'Elucidating the Design Space of Diffusion-Based Generative Models',
      en: 'Karras et al. (2022): a unified σ-parameterised framework for diffusion with preconditioned denoiser D_θ, ρ-spaced noise levels and a Heun sampler, separating training and sampling design choices.',
      zh: 'Karras 等（2022）：以噪声水平 σ 统一表述扩散模型，提出预条件化去噪器 D_θ、按 ρ 间隔取的噪声水平和 Heun 采样器，将训练与采样的设计选择解耦。',
      tex: String.raw`\sigma_i=\Big(\sigma_{\max}^{1/\rho}+\tfrac{i}{N-1}\big(\sigma_{\min}^{1/\rho}-\sigma_{\max}^{1/\rho}\big)\Big)^{\rho}`,
    }],
  },
  {
    term: 'ControlNet',
    aliases: ['Control Net', '控制网络'],
    senses: [{
      field: 'diffusion',
      en: 'Adds spatial conditions (edges, depth, pose) to a frozen text-to-image diffusion model by training a copy of its encoder whose outputs are added back through zero-initialised convolutions.',
      zh: '为冻结的文生图扩散模型加入边缘、深度、姿态等空间条件：训练其编码器的副本，并经零初始化卷积将输出加回原网络。',
    }],
  },
  {
    term: 'DiffusionDet',
    aliases: ['Diffusion Det', '扩散目标检测'],
    senses: [{
      field: 'detection',
      en: 'Object detection as denoising boxes: in training ground-truth boxes are noised towards random boxes, and a Sparse R-CNN-style head learns to recover them; at inference random boxes are refined iteratively with DDIM steps.',
      zh: '把目标检测视为对边界框去噪：训练时将真值框加噪至随机框，由 Sparse R-CNN 式检测头学习恢复；推理时从随机框出发用 DDIM 迭代细化。',
      tex: String.raw`b_t=\sqrt{\bar\alpha_t}\,b_0+\sqrt{1-\bar\alpha_t}\,\epsilon,\qquad \epsilon\sim\mathcal N(0,I)`,
    }],
  },
  {
    term: 'Sana',
    aliases: ['NVIDIA Sana', 'Sana 模型'],
    senses: [{
      field: 'diffusion',
      en: 'NVIDIA’s efficient text-to-image framework: a 32× DC-AE latent space, a Linear DiT backbone, a small decoder-only LLM (Gemma) as text encoder and flow-based training with a fast flow solver, generating up to 4K images quickly.',
      zh: 'NVIDIA 提出的高效文生图框架：32 倍压缩的 DC-AE 潜空间、Linear DiT 主干、以小型仅解码器 LLM（Gemma）作为文本编码器，并采用基于流的训练与快速求解器，可快速生成最高 4K 图像。',
    }],
  },

  // ───────────────────────── Object detection ─────────────────────────
  {
    term: 'Object detection',
    aliases: ['目标检测', '物体检测'],
    senses: [{
      field: 'detection',
      en: 'The task of locating every object of interest in an image with a bounding box and assigning it a class label and confidence score.',
      zh: '在图像中用边界框定位每个感兴趣的目标，并给出其类别标签与置信度的任务。',
    }],
  },
  {
    term: 'Bounding box',
    aliases: ['bbox', '边界框', '包围框', '检测框', '2D box', '2D 框'],
    senses: [{
      field: 'detection',
      en: 'An axis-aligned rectangle describing an object’s location, parameterised as (x1, y1, x2, y2) corners or (cx, cy, w, h) centre and size.',
      zh: '描述目标位置的轴对齐矩形，可用左上、右下角点 (x1, y1, x2, y2) 或中心与宽高 (cx, cy, w, h) 表示。',
    }],
  },
  {
    term: 'IoU',
    aliases: ['Intersection over Union', 'intersection-over-union', '交并比', 'Jaccard index', 'Jaccard 系数'],
    senses: [{
      field: 'detection',
      expansion: 'Intersection over Union',
      en: 'The area of overlap of two regions divided by the area of their union, in [0, 1]; used to match predictions to ground truth, in NMS, and as a threshold in AP metrics.',
      zh: '两个区域交集面积与并集面积之比，取值 [0, 1]；用于预测与真值的匹配、NMS 以及 AP 指标中的判定阈值。',
      tex: String.raw`\mathrm{IoU}(A,B)=\frac{|A\cap B|}{|A\cup B|}`,
    }],
  },
  {
    term: 'GIoU',
    aliases: ['Generalized IoU', 'Generalized Intersection over Union', '广义交并比', 'GIoU loss'],
    senses: [{
      field: 'detection',
      expansion: 'Generalized Intersection over Union',
      en: 'IoU minus the fraction of the smallest enclosing box C not covered by the union; it lies in (−1, 1] and still gives a gradient when boxes do not overlap, so 1 − GIoU is a common box loss (e.g. in DETR).',
      zh: 'IoU 减去最小外接框 C 中未被并集覆盖部分所占比例，取值 (−1, 1]；两框不相交时仍有梯度，因此 1 − GIoU 常用作框回归损失（如 DETR）。',
      tex: String.raw`\mathrm{GIoU}=\mathrm{IoU}-\frac{|C\setminus(A\cup B)|}{|C|}`,
    }],
  },
  {
    term: 'NMS',
    aliases: ['Non-Maximum Suppression', 'non maximum suppression', '非极大值抑制', '非极大抑制'],
    senses: [{
      field: 'detection',
      expansion: 'Non-Maximum Suppression',
      en: 'Post-processing that removes duplicate detections: repeatedly keep the highest-scoring box and discard remaining boxes whose IoU with it exceeds a threshold (typically per class).',
      zh: '去除重复检测的后处理：反复保留得分最高的框，并删除与其 IoU 超过阈值的其余框（通常按类别进行）。',
    }],
  },
  {
    term: 'Soft-NMS',
    aliases: ['Soft NMS', 'SoftNMS', '软非极大值抑制'],
    senses: [{
      field: 'detection',
      en: 'A variant of NMS that decays the scores of overlapping boxes as a function of their IoU with the kept box instead of deleting them, improving recall for crowded, overlapping objects.',
      zh: 'NMS 的变体：不直接删除重叠框，而是按其与已保留框的 IoU 衰减得分，从而提高密集重叠目标的召回率。',
      tex: String.raw`s_i\leftarrow s_i\,\exp\!\Big(-\frac{\mathrm{IoU}(M,b_i)^2}{\sigma}\Big)`,
    }],
  },
  {
    term: 'Anchor',
    aliases: ['anchor box', 'anchors', '锚框', '先验框', 'default box', 'anchor-based', '基于锚框'],
    senses: [{
      field: 'detection',
      en: 'A predefined reference box of fixed scale and aspect ratio tiled over feature-map positions; anchor-based detectors classify each anchor and regress offsets from it to the object box.',
      zh: '在特征图各位置铺设的、具有固定尺度与宽高比的预设参考框；基于锚框的检测器对每个锚框分类，并回归其到目标框的偏移量。',
      tex: String.raw`t_x=\frac{x-x_a}{w_a},\quad t_y=\frac{y-y_a}{h_a},\quad t_w=\log\frac{w}{w_a},\quad t_h=\log\frac{h}{h_a}`,
    }],
  },
  {
    term: 'Anchor-free',
    aliases: ['anchor free', '无锚框', 'anchor-free detector', '无锚检测器'],
    senses: [{
      field: 'detection',
      en: 'Detectors that predict boxes directly from points or keypoints (e.g. distances to box sides, or object centres) without predefined anchors, as in FCOS and CenterNet.',
      zh: '不使用预设锚框、直接从点或关键点（如到框四边的距离或目标中心）预测边界框的检测器，如 FCOS、CenterNet。',
    }],
  },
  {
    term: 'FPN',
    aliases: ['Feature Pyramid Network', '特征金字塔网络', '特征金字塔', '特征图金字塔'],
    senses: [{
      field: 'detection',
      expansion: 'Feature Pyramid Network',
      en: 'A top-down pathway with lateral connections that upsamples deep, semantically strong features and adds them to shallower high-resolution ones, giving a multi-scale feature pyramid for detecting objects of different sizes.',
      zh: '通过自顶向下路径与横向连接，把深层语义强的特征上采样后与浅层高分辨率特征相加，得到多尺度特征金字塔，用于检测不同大小的目标。',
    }],
  },
  {
    term: 'RPN',
    aliases: ['Region Proposal Network', '区域建议网络', '区域候选网络'],
    senses: [{
      field: 'detection',
      expansion: 'Region Proposal Network',
      en: 'The first stage of Faster R-CNN: a small convolutional head that scores anchors as object vs. background and regresses them, producing class-agnostic region proposals after NMS.',
      zh: 'Faster R-CNN 的第一阶段：一个小型卷积头，对锚框做前景/背景打分并回归，经 NMS 后输出与类别无关的候选区域。',
    }],
  },
  {
    term: 'RoI Pooling',
    aliases: ['RoIPool', 'RoI Pool', 'ROI pooling', '感兴趣区域池化', 'RoI 池化'],
    senses: [{
      field: 'detection',
      expansion: 'Region of Interest Pooling',
      en: 'Extracts a fixed-size feature (e.g. 7×7) for each proposal by dividing it into a grid and max-pooling each cell; coordinates are quantised to integers, which misaligns features.',
      zh: '将每个候选区域划分为固定网格（如 7×7）并在每格内最大池化，得到定长特征；坐标被量化为整数，导致特征错位。',
    }],
  },
  {
    term: 'RoI Align',
    aliases: ['RoIAlign', 'ROI Align', 'RoI 对齐'],
    senses: [{
      field: 'detection',
      en: 'A replacement for RoI Pooling (from Mask R-CNN) that avoids quantisation: it samples features at real-valued points in each bin by bilinear interpolation and then averages or max-pools them.',
      zh: 'Mask R-CNN 提出的 RoI Pooling 替代方案：不做坐标量化，在每个子区域内按实数坐标用双线性插值采样特征，再取平均或最大值。',
    }],
  },
  {
    term: 'RoI',
    aliases: ['Region of Interest', 'ROI', '感兴趣区域', 'region proposal', '候选区域', 'proposal'],
    senses: [{
      field: 'detection',
      expansion: 'Region of Interest',
      en: 'A candidate image region (usually a box) that a two-stage detector crops features for and then classifies and refines.',
      zh: '两阶段检测器中用于裁剪特征、再做分类与精修的候选图像区域（通常为框）。',
    }],
  },
  {
    term: 'Faster R-CNN',
    aliases: ['Faster RCNN', 'FasterRCNN', 'R-CNN', 'Fast R-CNN'],
    senses: [{
      field: 'detection',
      en: 'The canonical two-stage detector: a backbone (often with FPN), an RPN that proposes regions, and an RoI head that pools features per proposal to classify it and refine its box. R-CNN and Fast R-CNN are its predecessors.',
      zh: '经典两阶段检测器：主干网络（常配 FPN）、生成候选区域的 RPN，以及对每个候选区域池化特征后分类并精修边界框的 RoI 头。R-CNN、Fast R-CNN 是其前身。',
    }],
  },
  {
    term: 'Mask R-CNN',
    aliases: ['Mask RCNN', 'MaskRCNN'],
    senses: [{
      field: 'detection',
      en: 'Faster R-CNN extended with a parallel per-RoI mask branch for instance segmentation, and with RoI Align instead of RoI Pooling.',
      zh: '在 Faster R-CNN 基础上为每个 RoI 增加并行的掩码分支以做实例分割，并用 RoI Align 取代 RoI Pooling。',
    }],
  },
  {
    term: 'Sparse R-CNN',
    aliases: ['Sparse RCNN', 'SparseRCNN', '稀疏 R-CNN'],
    senses: [{
      field: 'detection',
      en: 'An end-to-end detector with a small fixed set (e.g. 100) of learnable proposal boxes and proposal features; a dynamic instance interactive head refines them over several stages, trained with set-based Hungarian matching and no NMS.',
      zh: '端到端检测器：使用少量固定数量（如 100 个）的可学习候选框和候选特征，由动态实例交互头多阶段迭代细化，以匈牙利匹配的集合损失训练，无需 NMS。',
    }],
  },
  {
    term: 'Dynamic instance interactive head',
    aliases: ['dynamic head', 'dynamic instance interaction', '动态实例交互头', 'dynamic conv head'],
    senses: [{
      field: 'detection',
      en: 'The head of Sparse R-CNN: each proposal feature generates the parameters of dynamic 1×1 convolutions that filter its own RoI feature, after self-attention among proposals, before box and class prediction.',
      zh: 'Sparse R-CNN 的检测头：候选特征之间先做自注意力，再由每个候选特征生成动态 1×1 卷积的参数，作用于其对应的 RoI 特征，之后预测类别与边界框。',
    }],
  },
  {
    term: 'DETR',
    aliases: ['DEtection TRansformer', 'Detection Transformer', '检测 Transformer'],
    senses: [{
      field: 'detection',
      expansion: 'DEtection TRansformer',
      en: 'A CNN backbone plus Transformer encoder–decoder that decodes N learned object queries in parallel into N (class, box) predictions; trained with a Hungarian-matching set loss, it needs neither anchors nor NMS.',
      zh: '由 CNN 主干和 Transformer 编码器–解码器组成，将 N 个可学习的目标查询并行解码为 N 个（类别, 框）预测；采用匈牙利匹配的集合损失训练，无需锚框和 NMS。',
      tex: String.raw`\mathcal L_{\text{box}}(b,\hat b)=\lambda_{L1}\|b-\hat b\|_1+\lambda_{\text{giou}}\big(1-\mathrm{GIoU}(b,\hat b)\big)`,
    }],
  },
  {
    term: 'Deformable DETR',
    aliases: ['deformable attention', '可变形注意力', 'Deformable-DETR'],
    senses: [{
      field: 'detection',
      en: 'A DETR variant whose attention looks only at a few learned sampling points around a reference point across multi-scale feature maps, converging about 10× faster and detecting small objects better.',
      zh: 'DETR 的改进：注意力只在多尺度特征图上参考点周围的少量可学习采样点处计算，收敛约快 10 倍，小目标检测更好。',
    }],
  },
  {
    term: 'Object query',
    aliases: ['object queries', '目标查询', '对象查询', 'learnable query'],
    senses: [{
      field: 'detection',
      en: 'In DETR-style detectors, a fixed number of learned embeddings fed to the decoder; each attends to image features and is decoded into at most one object (or "no object").',
      zh: 'DETR 类检测器中输入解码器的固定数量可学习嵌入；每个查询与图像特征交互，最终解码为至多一个目标（或“无目标”）。',
    }],
  },
  {
    term: 'Hungarian matching',
    aliases: ['Hungarian algorithm', '匈牙利算法', '匈牙利匹配', 'bipartite matching', '二分图匹配'],
    senses: [{
      field: 'detection',
      en: 'Finding the one-to-one assignment between predictions and ground-truth objects that minimises total matching cost (class + box terms), solved by the Hungarian algorithm; the loss is then computed on matched pairs.',
      zh: '在预测与真值之间求使总匹配代价（类别项 + 框项）最小的一对一分配，用匈牙利算法求解；随后在匹配对上计算损失。',
      tex: String.raw`\hat\sigma=\arg\min_{\sigma\in\mathfrak S_N}\sum_{i=1}^{N}\mathcal L_{\text{match}}\big(y_i,\hat y_{\sigma(i)}\big)`,
    }],
  },
  {
    term: 'Focal loss',
    aliases: ['focal-loss', '焦点损失', 'Focal Loss 损失'],
    senses: [{
      field: 'detection',
      en: 'Cross-entropy scaled by (1 − p_t)^γ, which down-weights easy, well-classified examples so training focuses on hard ones; introduced by RetinaNet to handle extreme foreground–background imbalance.',
      zh: '在交叉熵上乘以 (1 − p_t)^γ，降低易分样本的权重，使训练聚焦难例；由 RetinaNet 提出，用于缓解极端的前景–背景不平衡。',
      tex: String.raw`\mathrm{FL}(p_t)=-\alpha_t\,(1-p_t)^{\gamma}\log p_t`,
    }],
  },
  {
    term: 'Smooth L1 loss',
    aliases: ['smooth L1', 'Huber loss', 'Huber 损失', '平滑 L1 损失'],
    senses: [{
      field: 'detection',
      en: 'A box-regression loss that is quadratic for small errors and linear for large ones, less sensitive to outliers than L2 (a special case of the Huber loss).',
      zh: '框回归损失：误差小时为二次、误差大时为线性，比 L2 对离群值更不敏感（Huber 损失的特例）。',
      tex: String.raw`\operatorname{smooth}_{L_1}(x)=\begin{cases}0.5\,x^2 & |x|<1\\ |x|-0.5 & \text{otherwise}\end{cases}`,
    }],
  },
  {
    term: 'mAP',
    aliases: ['mean Average Precision', 'mean average precision', '平均精度均值', 'AP', 'Average Precision', '平均精度', 'AP50', 'mAP@0.5'],
    senses: [{
      field: 'detection',
      expansion: 'mean Average Precision',
      en: 'AP is the area under a class’s precision–recall curve at a given IoU threshold; mAP averages AP over classes (and, in COCO, over IoU thresholds 0.5:0.95).',
      zh: 'AP 是某类别在给定 IoU 阈值下精确率–召回率曲线下的面积；mAP 对各类别求平均（COCO 中还对 0.5:0.95 的多个 IoU 阈值求平均）。',
      tex: String.raw`\mathrm{AP}=\int_0^1 p(r)\,dr,\qquad \mathrm{mAP}=\frac{1}{C}\sum_{c=1}^{C}\mathrm{AP}_c`,
    }],
  },
  {
    term: 'Precision and recall',
    aliases: ['precision', 'recall', '精确率', '召回率', '查准率', '查全率', 'PR curve', 'PR 曲线'],
    senses: [{
      field: 'detection',
      en: 'Precision is the fraction of predicted positives that are correct; recall is the fraction of actual positives that are found. Sweeping the score threshold traces the precision–recall curve.',
      zh: '精确率是预测为正的样本中正确的比例；召回率是真实正样本中被找出的比例。改变得分阈值即得到精确率–召回率曲线。',
      tex: String.raw`P=\frac{TP}{TP+FP},\qquad R=\frac{TP}{TP+FN}`,
    }],
  },
  {
    term: 'One-stage detector',
    aliases: ['one-stage', 'single-stage detector', '单阶段检测器', '一阶段检测器', '单阶段'],
    senses: [{
      field: 'detection',
      en: 'A detector that predicts classes and boxes densely from feature maps in a single pass without a separate proposal stage (YOLO, SSD, RetinaNet, FCOS); usually faster than two-stage ones.',
      zh: '无需单独候选区域阶段、直接在特征图上密集预测类别和框的检测器（YOLO、SSD、RetinaNet、FCOS），通常比两阶段检测器更快。',
    }],
  },
  {
    term: 'Two-stage detector',
    aliases: ['two-stage', '两阶段检测器', '二阶段检测器', '两阶段'],
    senses: [{
      field: 'detection',
      en: 'A detector that first generates class-agnostic region proposals and then classifies and refines each one from pooled RoI features (the R-CNN family); typically more accurate but slower.',
      zh: '先生成与类别无关的候选区域，再基于池化的 RoI 特征对每个候选分类并精修的检测器（R-CNN 系列），通常精度更高但速度较慢。',
    }],
  },
  {
    term: 'RetinaNet',
    aliases: ['Retina Net'],
    senses: [{
      field: 'detection',
      en: 'A one-stage anchor-based detector with an FPN and separate classification and box subnets, trained with focal loss; it first matched two-stage accuracy.',
      zh: '基于 FPN、带独立分类与回归子网络的单阶段锚框检测器，使用焦点损失训练，首次达到两阶段检测器的精度。',
    }],
  },
  {
    term: 'YOLO',
    aliases: ['You Only Look Once', 'YOLOv5', 'YOLOv8', 'YOLO 系列'],
    senses: [{
      field: 'detection',
      expansion: 'You Only Look Once',
      en: 'A family of real-time one-stage detectors that predict boxes and class scores (plus objectness in many versions) at grid cells of multi-scale feature maps in one forward pass.',
      zh: '实时单阶段检测器系列：在一次前向传播中于多尺度特征图的网格单元上预测边界框与类别得分（多数版本还预测目标性）。',
    }],
  },
  {
    term: 'FCOS',
    aliases: ['Fully Convolutional One-Stage', 'Fully Convolutional One-Stage Object Detection'],
    senses: [{
      field: 'detection',
      expansion: 'Fully Convolutional One-Stage object detection',
      en: 'An anchor-free one-stage detector that, at each FPN location inside an object, regresses the distances (l, t, r, b) to the four box sides and predicts a centerness score that down-weights off-centre locations.',
      zh: '无锚框单阶段检测器：在 FPN 上位于目标内部的每个位置回归到框四边的距离 (l, t, r, b)，并预测中心度以抑制远离中心的位置。',
      tex: String.raw`\text{centerness}=\sqrt{\frac{\min(l,r)}{\max(l,r)}\cdot\frac{\min(t,b)}{\max(t,b)}}`,
    }],
  },
  {
    term: 'CenterNet',
    aliases: ['Objects as Points', 'Center Net'],
    senses: [{
      field: 'detection',
      en: 'An anchor-free detector that represents each object by its centre point: it predicts a per-class centre heatmap plus size and offset at each peak; extra heads can regress depth, 3D size and orientation, so it is often used for monocular 3D detection.',
      zh: '以中心点表示目标的无锚框检测器：预测各类别中心热图，并在峰值处回归尺寸与偏移；增加分支即可回归深度、三维尺寸与朝向，常用于单目三维检测。',
    }],
  },
  {
    term: 'SSD',
    aliases: ['State Space Duality', '状态空间对偶', 'Single Shot MultiBox Detector', 'Single Shot Detector', '单发多框检测器'],
    senses: [
      {
        field: 'attention',
        expansion: 'State Space Duality',
        en: 'The framework of Mamba-2 showing that a selective SSM whose state matrix is a scalar times identity equals a form of masked linear attention with a 1-semiseparable decay mask, so it can be computed either as a recurrence or with chunked matrix multiplications.',
        zh: 'Mamba-2 提出的框架：状态矩阵为“标量乘单位阵”的选择性 SSM 等价于带 1-半可分衰减掩码的线性注意力，因此既可按递推计算，也可用分块矩阵乘法高效计算。',
        tex: String.raw`y=\big(L\circ CB^\top\big)\,x,\qquad L_{ji}=\begin{cases}\prod_{k=i+1}^{j}a_k & j\ge i\\ 0 & j<i\end{cases}`,
      },
      {
        field: 'detection',
        expansion: 'Single Shot MultiBox Detector',
        en: 'A one-stage detector that predicts class scores and offsets for default (anchor) boxes of several aspect ratios on multiple feature maps of different resolutions, followed by NMS.',
        zh: '单阶段检测器：在多个不同分辨率的特征图上，对多种宽高比的默认框（锚框）预测类别得分与偏移量，最后做 NMS。',
      },
    ],
  },
  {
    term: 'Backbone',
    aliases: ['主干网络', '骨干网络', 'backbone network'],
    senses: [{
      field: 'detection',
      en: 'The feature-extraction network (e.g. ResNet, Swin, ViT), usually ImageNet-pretrained, whose feature maps are consumed by the neck (e.g. FPN) and task heads.',
      zh: '负责提取特征的网络（如 ResNet、Swin、ViT），通常经 ImageNet 预训练，其特征图供颈部（如 FPN）和任务头使用。',
    }],
  },

  // ───────────────────────── Pose estimation and 3D ─────────────────────────
  {
    term: '6D pose',
    aliases: ['6D pose estimation', '6DoF pose', '6-DoF pose', '六自由度位姿', '6D 位姿估计', '位姿估计', 'pose estimation', 'object pose estimation'],
    senses: [{
      field: 'pose',
      en: 'The rigid transform of an object relative to the camera: a 3D rotation R (3 DoF) and a 3D translation t (3 DoF). 6D pose estimation recovers it from images, often via 2D–3D correspondences and PnP or by direct regression.',
      zh: '物体相对相机的刚体变换：三维旋转 R（3 个自由度）与三维平移 t（3 个自由度）。6D 位姿估计从图像恢复它，常通过 2D–3D 对应加 PnP 或直接回归实现。',
      tex: String.raw`X_{\text{cam}}=R\,X_{\text{obj}}+t,\qquad R\in SO(3),\ t\in\mathbb R^3`,
    }],
  },
  {
    term: 'PnP',
    aliases: ['Perspective-n-Point', 'Perspective n Point', 'EPnP', 'n 点透视', 'PnP 算法'],
    senses: [{
      field: 'pose',
      expansion: 'Perspective-n-Point',
      en: 'Recovering camera (or object) rotation and translation from n ≥ 3 known 3D points and their 2D image projections with known intrinsics; EPnP is a fast closed-form solver, usually wrapped in RANSAC and refined by minimising reprojection error.',
      zh: '在相机内参已知时，由 n ≥ 3 个已知三维点及其二维投影求解相机（或物体）的旋转与平移；EPnP 是快速闭式解法，通常配合 RANSAC，并最小化重投影误差精修。',
      tex: String.raw`s_i\,\tilde u_i=K\,[R\mid t]\,\tilde X_i`,
    }],
  },
  {
    term: 'Reprojection error',
    aliases: ['重投影误差', 're-projection error'],
    senses: [{
      field: 'pose',
      en: 'The image-space distance between observed 2D points and the projections of their 3D points under an estimated pose and camera; minimising it refines PnP and bundle adjustment.',
      zh: '观测到的二维点与其对应三维点在估计位姿和相机下的投影之间的图像距离；最小化该误差可精修 PnP 与光束法平差的结果。',
      tex: String.raw`E(R,t)=\sum_i\big\|u_i-\pi\big(K(RX_i+t)\big)\big\|^2`,
    }],
  },
  {
    term: 'RANSAC',
    aliases: ['Random Sample Consensus', '随机采样一致性', '随机抽样一致'],
    senses: [{
      field: 'pose',
      expansion: 'RANdom SAmple Consensus',
      en: 'Robust model fitting: repeatedly fit a model to a random minimal subset, count the inliers within a threshold, keep the best hypothesis and refit it on its inliers; tolerant to many outlier correspondences.',
      zh: '鲁棒模型拟合：反复用随机最小子集拟合模型、统计阈值内的内点，保留内点最多的假设并用其内点重新拟合；能容忍大量错误对应。',
      tex: String.raw`N=\frac{\log(1-p)}{\log\big(1-w^{s}\big)}`,
    }],
  },
  {
    term: 'Camera intrinsics',
    aliases: ['intrinsic matrix', 'camera matrix', '相机内参', '内参矩阵', 'K matrix'],
    senses: [{
      field: 'pose',
      en: 'The 3×3 matrix K of a pinhole camera holding focal lengths and principal point; it maps camera-frame 3D points to pixel coordinates, while extrinsics [R | t] map world to camera frame.',
      zh: '针孔相机的 3×3 内参矩阵 K，包含焦距和主点；它把相机坐标系下的三维点映射到像素坐标，外参 [R | t] 则把世界坐标变换到相机坐标。',
      tex: String.raw`K=\begin{bmatrix}f_x&0&c_x\\0&f_y&c_y\\0&0&1\end{bmatrix},\qquad z\begin{bmatrix}u\\v\\1\end{bmatrix}=K\begin{bmatrix}x\\y\\z\end{bmatrix}`,
    }],
  },
  {
    term: 'Keypoint detection',
    aliases: ['keypoints', 'keypoint', '关键点', '关键点检测', 'landmark detection', 'human pose estimation', '人体姿态估计'],
    senses: [{
      field: 'pose',
      en: 'Localising a predefined set of semantic points (body joints, object corners, projected 3D box vertices), usually by predicting one heatmap per keypoint; top-down methods detect people first, bottom-up ones detect all keypoints then group them.',
      zh: '定位预定义的语义点（人体关节、物体角点、三维框投影顶点等），通常为每个关键点预测一张热图；自顶向下方法先检测人再找关键点，自底向上方法先检测所有关键点再分组。',
    }],
  },
  {
    term: 'Heatmap regression',
    aliases: ['heatmap', '热图', '热力图', '热图回归', 'Gaussian heatmap'],
    senses: [{
      field: 'pose',
      en: 'Predicting, for each keypoint or object centre, a map whose target is a Gaussian blob at the true location; the location is read from the peak (argmax or soft-argmax).',
      zh: '为每个关键点或目标中心预测一张图，其监督目标是真实位置处的高斯斑；位置由峰值（argmax 或 soft-argmax）读出。',
      tex: String.raw`Y_{xy}=\exp\!\Big(-\frac{(x-p_x)^2+(y-p_y)^2}{2\sigma^2}\Big)`,
    }],
  },
  {
    term: 'OKS',
    aliases: ['Object Keypoint Similarity', '目标关键点相似度'],
    senses: [{
      field: 'pose',
      expansion: 'Object Keypoint Similarity',
      en: 'The COCO keypoint metric analogous to IoU: a Gaussian of each keypoint’s error normalised by object scale s and a per-keypoint constant k_i, averaged over visible keypoints.',
      zh: 'COCO 关键点评测中类似 IoU 的指标：对每个关键点误差按目标尺度 s 与关键点常数 k_i 归一化后取高斯，再对可见关键点求平均。',
      tex: String.raw`\mathrm{OKS}=\frac{\sum_i\exp\!\big(-d_i^2/(2s^2k_i^2)\big)\,\delta(v_i>0)}{\sum_i\delta(v_i>0)}`,
    }],
  },
  {
    term: 'Monocular 3D detection',
    aliases: ['monocular 3D object detection', 'Mono3D', '单目三维检测', '单目 3D 检测', '单目三维目标检测'],
    senses: [{
      field: 'pose',
      en: 'Predicting 3D boxes (location, size, orientation) from a single RGB image; depth is the ill-posed part and is inferred from appearance and geometric priors such as object height and camera intrinsics.',
      zh: '仅从单张 RGB 图像预测三维框（位置、尺寸、朝向）；深度是其中的病态部分，需借助外观及目标高度、相机内参等几何先验推断。',
      tex: String.raw`z\approx\frac{f_y\,H_{3D}}{h_{2D}}`,
    }],
  },
  {
    term: '3D bounding box',
    aliases: ['3D box', '三维边界框', '3D 框', '三维框'],
    senses: [{
      field: 'pose',
      en: 'An oriented cuboid describing an object in 3D, usually (x, y, z, l, w, h, θ): centre, dimensions and yaw; in driving datasets such as KITTI it lives in the camera or LiDAR frame.',
      zh: '描述三维目标的有向长方体，通常为 (x, y, z, l, w, h, θ)：中心、尺寸与偏航角；在 KITTI 等自动驾驶数据集中定义于相机或激光雷达坐标系。',
    }],
  },
  {
    term: 'Observation angle',
    aliases: ['alpha angle', 'allocentric angle', '观测角', 'yaw angle', '偏航角', 'rotation_y'],
    senses: [{
      field: 'pose',
      en: 'The allocentric orientation α, which is what image appearance determines; the global yaw θ used for 3D boxes adds the viewing-ray angle, so monocular detectors regress α and convert.',
      zh: '非自我中心的观测角 α，由图像外观直接决定；三维框使用的全局偏航角 θ 需再加上视线方向角，因此单目检测器通常回归 α 再换算。',
      tex: String.raw`\theta=\alpha+\arctan\!\Big(\frac{x}{z}\Big)`,
    }],
  },
  {
    term: 'MultiBin',
    aliases: ['Multi-Bin', 'multi-bin orientation', '多区间朝向回归'],
    senses: [{
      field: 'pose',
      en: 'An orientation regression scheme that splits the angle range into overlapping bins, classifies the bin and regresses the residual angle (as sin/cos) within it, avoiding the discontinuity of direct angle regression.',
      zh: '朝向回归方案：把角度范围划分为若干重叠区间，先分类所属区间，再以 sin/cos 形式回归区间内的残差角，避免直接回归角度的不连续问题。',
    }],
  },
  {
    term: 'Rotation representation',
    aliases: ['quaternion', '四元数', '旋转表示', '6D rotation representation', '欧拉角', 'Euler angles', 'rotation matrix', '旋转矩阵'],
    senses: [{
      field: 'pose',
      en: 'How a network outputs a 3D rotation: Euler angles and quaternions are compact but discontinuous for learning; the continuous 6D representation predicts two vectors and Gram–Schmidt-orthogonalises them into a rotation matrix.',
      zh: '网络输出三维旋转的方式：欧拉角和四元数紧凑，但对学习而言不连续；连续的 6D 表示预测两个向量，经 Gram–Schmidt 正交化得到旋转矩阵。',
      tex: String.raw`b_1=\frac{a_1}{\|a_1\|},\quad b_2=\frac{a_2-(b_1^\top a_2)\,b_1}{\big\|a_2-(b_1^\top a_2)\,b_1\big\|},\quad b_3=b_1\times b_2`,
    }],
  },
  {
    term: 'ADD',
    aliases: ['ADD-S', 'ADD(-S)', 'Average Distance of model points', '平均模型点距离'],
    senses: [{
      field: 'pose',
      expansion: 'Average Distance of model points',
      en: 'A 6D pose metric: mean distance between the object’s model points transformed by the true and predicted poses; ADD-S uses the closest-point distance for symmetric objects. A pose is usually correct if ADD < 10% of the object diameter.',
      zh: '6D 位姿评测指标：物体模型点分别经真值位姿与预测位姿变换后的平均距离；ADD-S 对对称物体改用最近点距离。通常 ADD 小于物体直径的 10% 视为正确。',
      tex: String.raw`\mathrm{ADD}=\frac{1}{m}\sum_{x\in\mathcal M}\big\|(Rx+t)-(\hat Rx+\hat t)\big\|`,
    }],
  },
  {
    term: 'Monocular depth estimation',
    aliases: ['depth estimation', '深度估计', '单目深度估计'],
    senses: [{
      field: 'pose',
      en: 'Predicting a per-pixel depth map from one image; it is scale-ambiguous without priors, and can be supervised with LiDAR or learned self-supervised from video or stereo photometric consistency.',
      zh: '从单张图像预测逐像素深度图；缺乏先验时存在尺度歧义，可用激光雷达监督，或利用视频/双目的光度一致性自监督学习。',
    }],
  },
  {
    term: 'BEV',
    aliases: ["Bird's-Eye View", 'bird’s-eye view', 'birds eye view', '鸟瞰图', '俯视图'],
    senses: [{
      field: 'pose',
      expansion: "Bird's-Eye View",
      en: 'A top-down ground-plane representation used in autonomous driving; camera features are lifted into BEV (e.g. with predicted depth or attention) so that 3D detection and fusion happen in a shared metric grid.',
      zh: '自动驾驶中常用的俯视地平面表示；把相机特征（借助预测深度或注意力）提升到 BEV 空间，使三维检测和多传感器融合在统一的度量网格上进行。',
    }],
  },

  // ───────────────────────── Anomaly detection ─────────────────────────
  {
    term: 'Anomaly detection',
    aliases: ['异常检测', 'AD', 'unsupervised anomaly detection', '无监督异常检测', 'industrial anomaly detection', '工业异常检测'],
    senses: [{
      field: 'anomaly',
      en: 'Identifying inputs (or regions) that deviate from normal data; in the usual industrial setting only defect-free images are available for training, and the model outputs an image-level score and a pixel-level anomaly map.',
      zh: '识别偏离正常数据的输入（或区域）；常见的工业设定中训练只有无缺陷图像，模型输出图像级异常分数与像素级异常图。',
    }],
  },
  {
    term: 'EfficientAD',
    aliases: ['Efficient AD', 'EfficientAD-S', 'EfficientAD-M'],
    senses: [{
      field: 'anomaly',
      en: 'A fast anomaly detector combining a PDN student–teacher pair (structural anomalies) with an autoencoder that the student also imitates (logical anomalies); the two normalised anomaly maps are averaged and the maximum gives the image score, at millisecond latency.',
      zh: '快速异常检测方法：由 PDN 学生–教师对检测结构异常，并用学生同时模仿的自编码器检测逻辑异常；两张归一化异常图取平均，最大值作为图像级分数，延迟为毫秒级。',
      tex: String.raw`M=\tfrac12\big(\hat M_{\text{ST}}+\hat M_{\text{AE}}\big),\qquad s(x)=\max_{h,w}M_{hw}`,
    }],
  },
  {
    term: 'PDN',
    aliases: ['Patch Description Network', '图像块描述网络', '补丁描述网络'],
    senses: [{
      field: 'anomaly',
      expansion: 'Patch Description Network',
      en: 'The feature extractor of EfficientAD: only four convolutional layers, fully convolutional, each output vector describing a 33×33 patch; the teacher PDN is distilled from WideResNet-101 features (as in PatchCore) on ImageNet.',
      zh: 'EfficientAD 的特征提取器：仅含四个卷积层的全卷积网络，每个输出向量描述一个 33×33 图像块；教师 PDN 在 ImageNet 上从 WideResNet-101 特征（与 PatchCore 相同）蒸馏得到。',
      tex: String.raw`\mathcal L_{\text{distill}}=\big\|\mathrm{PDN}(x)-\phi_{\text{WRN}}(x)\big\|_2^2`,
    }],
  },
  {
    term: 'Student–teacher anomaly detection',
    aliases: ['student-teacher', 'student–teacher', 'S-T', 'teacher-student', '学生-教师', '学生–教师', '师生网络', '学生教师网络', 'knowledge distillation anomaly detection'],
    senses: [{
      field: 'anomaly',
      en: 'A student network is trained to regress a pretrained teacher’s features on normal images only; on anomalous regions it fails to imitate the teacher, so the feature discrepancy serves as the anomaly map.',
      zh: '仅在正常图像上训练学生网络回归预训练教师网络的特征；在异常区域学生无法模仿教师，因此两者特征差异即可作为异常图。',
      tex: String.raw`M_{hw}=\frac{1}{C}\sum_{c=1}^{C}\big(T(x)_{chw}-S(x)_{chw}\big)^2`,
    }],
  },
  {
    term: 'Hard feature loss',
    aliases: ['hard-feature loss', '难特征损失', 'hard negative mining loss'],
    senses: [{
      field: 'anomaly',
      en: 'EfficientAD’s student loss that back-propagates only through the feature elements whose squared teacher–student error exceeds a high quantile (e.g. 0.999), so the student does not over-generalise to anomalies.',
      zh: 'EfficientAD 的学生损失：只对教师–学生平方误差超过高分位数（如 0.999）的特征元素反向传播，避免学生泛化到异常区域。',
      tex: String.raw`\mathcal L_{\text{hard}}=\operatorname{mean}\big\{D_{chw}\;\big|\;D_{chw}\ge d_{\text{hard}}\big\}`,
    }],
  },
  {
    term: 'Autoencoder anomaly detection',
    aliases: ['reconstruction-based anomaly detection', '重建式异常检测', '基于重建的异常检测', 'AE anomaly detection', '自编码器异常检测'],
    senses: [{
      field: 'anomaly',
      en: 'Train an autoencoder on normal data and score inputs by reconstruction error, assuming anomalies reconstruct poorly; in EfficientAD the autoencoder predicts teacher features from the whole image to catch logical anomalies.',
      zh: '在正常数据上训练自编码器，以重建误差作为异常分数，假设异常难以被重建；EfficientAD 中自编码器从整幅图像预测教师特征，用于发现逻辑异常。',
      tex: String.raw`A(x)=\big\|x-D(E(x))\big\|^2`,
    }],
  },
  {
    term: 'Logical anomaly',
    aliases: ['logical anomalies', '逻辑异常', 'global anomaly', '全局异常'],
    senses: [{
      field: 'anomaly',
      en: 'An anomaly that violates global constraints (a missing, extra or misplaced part, wrong count or arrangement) while each local patch may look normal; it needs global context to detect.',
      zh: '违背全局约束的异常（部件缺失、多余或错位，数量或排列错误），每个局部图像块本身可能正常，需要全局上下文才能检出。',
    }],
  },
  {
    term: 'Structural anomaly',
    aliases: ['structural anomalies', '结构异常', 'local anomaly', '局部异常', 'defect', '缺陷'],
    senses: [{
      field: 'anomaly',
      en: 'A locally visible defect such as a scratch, dent, crack or contamination, detectable from patch-level appearance alone.',
      zh: '局部可见的缺陷，如划痕、凹陷、裂纹或污染，仅凭图像块外观即可检出。',
    }],
  },
  {
    term: 'PatchCore',
    aliases: ['Patch Core'],
    senses: [{
      field: 'anomaly',
      en: 'Stores locally aggregated mid-level features of pretrained-CNN patches from normal images in a memory bank reduced by greedy coreset subsampling; a test patch’s anomaly score is its distance to the nearest memory-bank feature.',
      zh: '将正常图像中预训练 CNN 的局部聚合中层块特征存入记忆库，并用贪心核心集采样压缩；测试图像块的异常分数为其到记忆库中最近特征的距离。',
      tex: String.raw`s^*=\max_{m^{\text{test}}\in\mathcal P(x)}\ \min_{m\in\mathcal M}\big\|m^{\text{test}}-m\big\|_2`,
    }],
  },
  {
    term: 'Coreset subsampling',
    aliases: ['coreset', '核心集', '核心集采样', 'greedy coreset', 'memory bank', '记忆库'],
    senses: [{
      field: 'anomaly',
      en: 'Selecting a small subset of a feature memory bank (greedily, by repeatedly adding the point farthest from the current subset) that approximately covers the full set, making nearest-neighbour search in PatchCore fast.',
      zh: '从特征记忆库中选出近似覆盖全集的小子集（贪心地反复加入离当前子集最远的点），使 PatchCore 的最近邻搜索更快。',
    }],
  },
  {
    term: 'PaDiM',
    aliases: ['Patch Distribution Modeling', 'Patch Distribution Modeling Framework'],
    senses: [{
      field: 'anomaly',
      expansion: 'Patch Distribution Modeling',
      en: 'Fits a multivariate Gaussian to pretrained CNN features at each patch position over normal images and scores test patches by Mahalanobis distance.',
      zh: '在正常图像上为每个图像块位置的预训练 CNN 特征拟合多元高斯分布，测试时以马氏距离作为异常分数。',
      tex: String.raw`M(x_{ij})=\sqrt{(x_{ij}-\mu_{ij})^\top\Sigma_{ij}^{-1}(x_{ij}-\mu_{ij})}`,
    }],
  },
  {
    term: 'Anomaly map',
    aliases: ['异常图', 'anomaly heatmap', '异常热图', 'anomaly score', '异常分数', '异常得分'],
    senses: [{
      field: 'anomaly',
      en: 'A per-pixel (or per-patch) map of anomaly scores used for localisation; an image-level anomaly score is usually its maximum (or a top-k mean).',
      zh: '用于定位的逐像素（或逐图像块）异常分数图；图像级异常分数通常取其最大值（或 top-k 均值）。',
    }],
  },
  {
    term: 'Anomaly map normalization',
    aliases: ['map normalization', 'quantile normalization', '异常图标准化', '异常图归一化', '分位数归一化'],
    senses: [{
      field: 'anomaly',
      en: 'In EfficientAD, a linear rescaling of each anomaly map so that its 0.9 and 0.995 quantiles on held-out normal images map to 0 and 0.1, making the local and global maps comparable before averaging.',
      zh: 'EfficientAD 中对异常图的线性缩放：使其在留出正常图像上的 0.9 与 0.995 分位数分别映射到 0 和 0.1，让局部与全局异常图在平均前可比。',
      tex: String.raw`\hat M=0.1\cdot\frac{M-q_a}{q_b-q_a}`,
    }],
  },
  {
    term: 'AUROC',
    aliases: ['AUC', 'ROC AUC', 'area under the ROC curve', 'ROC 曲线下面积', 'ROC curve', 'ROC 曲线', 'I-AUROC', 'P-AUROC'],
    senses: [{
      field: 'anomaly',
      expansion: 'Area Under the Receiver Operating Characteristic curve',
      en: 'Area under the true-positive-rate vs. false-positive-rate curve across thresholds; it equals the probability that a random anomalous sample scores higher than a random normal one, and is threshold-free (image- or pixel-level).',
      zh: '不同阈值下真正例率–假正例率曲线下的面积，等于随机异常样本得分高于随机正常样本的概率，与阈值无关（可在图像级或像素级计算）。',
      tex: String.raw`\mathrm{AUROC}=P\big(s(x^{+})>s(x^{-})\big)`,
    }],
  },
  {
    term: 'AUPRO',
    aliases: ['PRO', 'Per-Region Overlap', 'PRO score', '区域重叠率'],
    senses: [{
      field: 'anomaly',
      expansion: 'Area Under the Per-Region-Overlap curve',
      en: 'A localisation metric that averages overlap per connected defect region (so small defects count as much as large ones), integrated over false-positive rates up to 30% and normalised.',
      zh: '定位指标：按每个连通缺陷区域分别计算重叠率再平均（小缺陷与大缺陷同等重要），在假正例率 0–30% 范围内积分并归一化。',
    }],
  },
  {
    term: 'MVTec AD',
    aliases: ['MVTec', 'MVTec LOCO', 'MVTec LOCO AD', 'VisA'],
    senses: [{
      field: 'anomaly',
      en: 'The standard industrial anomaly-detection benchmark of 15 object and texture categories with pixel-level defect masks; MVTec LOCO adds logical anomalies, and VisA is a larger complementary benchmark.',
      zh: '标准工业异常检测基准，含 15 个物体与纹理类别并提供像素级缺陷掩码；MVTec LOCO 增加了逻辑异常，VisA 是规模更大的补充基准。',
    }],
  },
  {
    term: 'OOD detection',
    aliases: ['out-of-distribution detection', '分布外检测', 'OOD', 'novelty detection', '新颖性检测'],
    senses: [{
      field: 'anomaly',
      en: 'Detecting test inputs drawn from a distribution different from the training distribution (e.g. unseen classes), typically from classifier confidence, energy scores or feature distances.',
      zh: '检测来自与训练分布不同分布的测试输入（如未见类别），通常基于分类器置信度、能量分数或特征距离。',
    }],
  },

  // ───────────────────────── Attention, linear attention and state space models ─────────────────────────
  {
    term: 'Attention',
    aliases: ['attention mechanism', '注意力', '注意力机制', 'scaled dot-product attention', '缩放点积注意力', 'softmax attention', 'softmax 注意力', '普通注意力'],
    senses: [{
      field: 'attention',
      en: 'Each query is compared with all keys, the similarities are normalised by softmax into weights, and the output is the weighted sum of the values; the 1/√d_k scaling keeps logits from saturating the softmax. Cost is O(N²d) in sequence length N.',
      zh: '每个查询与所有键计算相似度，经 softmax 归一化为权重，输出为值向量的加权和；除以 √d_k 防止 softmax 饱和。计算量随序列长度 N 为 O(N²d)。',
      tex: String.raw`\operatorname{Attention}(Q,K,V)=\operatorname{softmax}\!\Big(\frac{QK^\top}{\sqrt{d_k}}\Big)V`,
    }],
  },
  {
    term: 'QKV',
    aliases: ['Q/K/V', 'query key value', 'query, key, value', '查询键值', '查询、键、值'],
    senses: [{
      field: 'attention',
      en: 'The three linear projections of the input used by attention: queries ask what to look for, keys are matched against queries to give weights, values are what gets aggregated.',
      zh: '注意力中对输入做的三个线性投影：查询（Q）表示要找什么，键（K）与查询匹配得到权重，值（V）是被加权聚合的内容。',
      tex: String.raw`Q=XW^Q,\quad K=XW^K,\quad V=XW^V`,
    }],
  },
  {
    term: 'Self-attention',
    aliases: ['self attention', '自注意力', '自注意力机制', 'intra-attention'],
    senses: [{
      field: 'attention',
      en: 'Attention in which queries, keys and values all come from the same sequence, so every token aggregates information from every other token of that sequence (BERT, ViT, Transformer encoders).',
      zh: '查询、键、值均来自同一序列的注意力，使序列中每个 token 都能从其余所有 token 聚合信息（BERT、ViT、Transformer 编码器）。',
    }],
  },
  {
    term: 'Cross-attention',
    aliases: ['cross attention', '交叉注意力', '跨注意力', 'encoder-decoder attention'],
    senses: [{
      field: 'attention',
      en: 'Attention whose queries come from one sequence and keys/values from another, e.g. a Transformer decoder attending to the encoder output, or diffusion U-Net features attending to text embeddings.',
      zh: '查询来自一个序列、键和值来自另一序列的注意力，如 Transformer 解码器关注编码器输出，或扩散 U-Net 特征关注文本嵌入。',
      tex: String.raw`\operatorname{softmax}\!\Big(\frac{(XW^Q)(CW^K)^\top}{\sqrt{d}}\Big)\,CW^V`,
    }],
  },
  {
    term: 'Multi-head attention',
    aliases: ['MHA', 'multi head attention', '多头注意力', '多头注意力机制'],
    senses: [{
      field: 'attention',
      en: 'Runs h attention heads in parallel on separate lower-dimensional projections (d_model / h each), concatenates their outputs and projects back, letting different heads attend to different relations.',
      zh: '在 h 个维度更低（各 d_model / h）的独立投影上并行计算注意力，拼接各头输出后再线性投影，使不同头关注不同关系。',
      tex: String.raw`\operatorname{MHA}(X)=\operatorname{Concat}(\mathrm{head}_1,\dots,\mathrm{head}_h)\,W^O,\quad \mathrm{head}_i=\operatorname{Attention}(XW_i^Q,XW_i^K,XW_i^V)`,
    }],
  },
  {
    term: 'Masked attention',
    aliases: ['causal attention', 'causal mask', '掩码注意力', '因果注意力', '因果掩码', 'masked self-attention', '掩码自注意力'],
    senses: [{
      field: 'attention',
      en: 'Attention with a mask added to the logits before softmax, e.g. −∞ for future positions so each token sees only earlier ones (causal decoding), or for padding tokens.',
      zh: '在 softmax 之前给注意力分数加掩码的注意力，例如对未来位置加 −∞，使每个 token 只能看到之前的 token（因果解码），或屏蔽填充位置。',
      tex: String.raw`\operatorname{softmax}\!\Big(\frac{QK^\top}{\sqrt{d_k}}+M\Big)V,\qquad M_{ij}=\begin{cases}0 & j\le i\\ -\infty & j>i\end{cases}`,
    }],
  },
  {
    term: 'Linear attention',
    aliases: ['线性注意力', 'kernelized attention', '核化注意力', 'linear transformer'],
    senses: [{
      field: 'attention',
      en: 'Replaces softmax(q·k) with a kernel φ(q)ᵀφ(k) so that, by associativity, Σ φ(k_j)v_jᵀ can be computed first: cost becomes O(N d²) and causal decoding becomes an RNN with a fixed-size d×d state, at the price of limited memory capacity.',
      zh: '用核函数 φ(q)ᵀφ(k) 替代 softmax(q·k)，借助矩阵乘法结合律先计算 Σ φ(k_j)v_jᵀ：复杂度降为 O(N d²)，因果解码变为具有固定 d×d 状态的 RNN，代价是记忆容量有限。',
      tex: String.raw`o_i=\frac{\phi(q_i)^\top S_i}{\phi(q_i)^\top z_i},\qquad S_i=S_{i-1}+\phi(k_i)\,v_i^\top,\quad z_i=z_{i-1}+\phi(k_i)`,
    }],
  },
  {
    term: 'Kernel feature map',
    aliases: ['feature map φ', 'kernel function', '特征映射', '特征映射函数', '核函数', 'elu+1', 'elu(x)+1'],
    senses: [{
      field: 'attention',
      en: 'The non-negative map φ whose dot product approximates or replaces the softmax similarity in linear attention, e.g. elu(x) + 1, ReLU, or random Fourier features (Performer).',
      zh: '线性注意力中使点积 φ(q)ᵀφ(k) 近似或替代 softmax 相似度的非负映射，例如 elu(x) + 1、ReLU 或随机傅里叶特征（Performer）。',
      tex: String.raw`\operatorname{sim}(q,k)=\phi(q)^\top\phi(k),\qquad \phi(x)=\operatorname{elu}(x)+1`,
    }],
  },
  {
    term: 'Gated linear attention',
    aliases: ['GLA', '门控线性注意力'],
    senses: [{
      field: 'attention',
      en: 'Linear attention whose recurrent state is multiplied by a data-dependent forget gate at each step, so the fixed-size state can selectively decay old information; it trains efficiently in chunkwise-parallel form.',
      zh: '在线性注意力的递推状态上每步乘以依赖输入的遗忘门，使固定大小的状态能有选择地衰减旧信息；可用分块并行形式高效训练。',
      tex: String.raw`S_t=\operatorname{diag}(\alpha_t)\,S_{t-1}+k_t v_t^\top,\qquad o_t=S_t^\top q_t`,
    }],
  },
  {
    term: 'SSM',
    aliases: ['State Space Model', 'state-space model', '状态空间模型', 'S4', 'structured state space'],
    senses: [{
      field: 'attention',
      expansion: 'State Space Model',
      en: 'A sequence layer based on a linear dynamical system: a latent state is updated linearly from the input and read out linearly; discretised, it runs as a recurrence (O(1) per token) or, if time-invariant, as a long convolution. S4 introduced structured, stable parameterisations.',
      zh: '基于线性动力系统的序列层：隐状态由输入线性更新并线性读出；离散化后可按递推运行（每个 token O(1)），时不变时也可表示为长卷积。S4 提出了结构化、稳定的参数化。',
      tex: String.raw`h'(t)=Ah(t)+Bx(t),\quad y(t)=Ch(t);\qquad h_t=\bar A h_{t-1}+\bar B x_t,\quad \bar A=e^{\Delta A}`,
    }],
  },
  {
    term: 'Mamba',
    aliases: ['selective SSM', 'selective state space model', '选择性状态空间模型', 'S6'],
    senses: [{
      field: 'attention',
      en: 'A selective SSM whose step size Δ and matrices B, C depend on the input, letting it choose what to remember; because this breaks the convolution form, it uses a hardware-aware parallel scan, giving linear-time, RNN-like inference.',
      zh: '选择性状态空间模型：步长 Δ 与矩阵 B、C 依赖输入，使模型能选择记住什么；由于不再能写成卷积，采用硬件感知的并行扫描，实现线性时间、类 RNN 的推理。',
      tex: String.raw`h_t=\exp(\Delta_t A)\,h_{t-1}+\Delta_t B_t\,x_t,\qquad y_t=C_t^\top h_t`,
    }],
  },
  {
    term: 'Mamba-2',
    aliases: ['Mamba2', 'Mamba 2'],
    senses: [{
      field: 'attention',
      en: 'A successor to Mamba that restricts the state matrix to a scalar times identity per step; via state space duality the layer can be computed with matrix multiplications in chunks, with larger state sizes and faster training.',
      zh: 'Mamba 的后续版本：每步状态矩阵限制为“标量乘单位阵”；借助状态空间对偶，可分块用矩阵乘法计算，支持更大的状态维度并训练更快。',
      tex: String.raw`h_t=a_t\,h_{t-1}+B_t\,x_t,\qquad y_t=C_t^\top h_t,\qquad a_t=\exp(\Delta_t A)\in\mathbb R`,
    }],
  },
  {
    term: 'RetNet',
    aliases: ['Retentive Network', 'retention', '保留网络', '保持网络'],
    senses: [{
      field: 'attention',
      en: 'A Transformer alternative whose retention mechanism is linear attention with a fixed exponential decay γ per head; it has equivalent parallel (training), recurrent (O(1) decoding) and chunkwise forms.',
      zh: 'Transformer 的替代架构，其保留机制是每个头带固定指数衰减 γ 的线性注意力；具有等价的并行（训练）、递推（O(1) 解码）与分块三种计算形式。',
      tex: String.raw`S_n=\gamma\,S_{n-1}+k_n^\top v_n,\quad o_n=q_n S_n;\qquad \operatorname{Retention}(X)=\big(QK^\top\odot D\big)V,\ D_{nm}=\gamma^{\,n-m}\,[n\ge m]`,
    }],
  },
  {
    term: 'RWKV',
    aliases: ['Receptance Weighted Key Value', 'RWKV-4', 'RWKV-6'],
    senses: [{
      field: 'attention',
      expansion: 'Receptance Weighted Key Value',
      en: 'An RNN-style language model whose WKV operator is an exponentially decaying, key-weighted average of past values (a form of linear attention), trainable in parallel like a Transformer and run recurrently at inference.',
      zh: '类 RNN 的语言模型，其 WKV 算子是对过去值按键加权且随时间指数衰减的平均（一种线性注意力），可像 Transformer 一样并行训练、推理时按递推运行。',
      tex: String.raw`wkv_t=\frac{\sum_{i<t}e^{-(t-1-i)w+k_i}\,v_i+e^{u+k_t}\,v_t}{\sum_{i<t}e^{-(t-1-i)w+k_i}+e^{u+k_t}}`,
    }],
  },
  {
    term: 'FlashAttention',
    aliases: ['Flash Attention', 'FlashAttention-2', 'FlashAttention-3', 'flash-attn'],
    senses: [{
      field: 'attention',
      en: 'An exact, IO-aware attention kernel that tiles Q, K, V into on-chip SRAM and uses an online softmax, never materialising the N×N matrix in GPU HBM; it cuts memory to O(N) and is much faster, with identical results.',
      zh: '精确且感知 IO 的注意力内核：将 Q、K、V 分块载入片上 SRAM 并使用在线 softmax，从不在显存 HBM 中生成 N×N 矩阵；内存降至 O(N)、速度显著提升，结果与标准注意力一致。',
      tex: String.raw`m'=\max(m,\tilde m),\qquad \ell'=e^{m-m'}\,\ell+e^{\tilde m-m'}\,\tilde\ell`,
    }],
  },
  {
    term: 'KV cache',
    aliases: ['KV-cache', 'key-value cache', 'KV 缓存', '键值缓存'],
    senses: [{
      field: 'attention',
      en: 'During autoregressive decoding, storing each layer’s keys and values of past tokens so that each new token only computes its own; it makes decoding linear per step but its memory grows with sequence length and batch.',
      zh: '自回归解码时缓存各层历史 token 的键和值，使新 token 只需计算自身的 K、V；每步计算量变为线性，但显存随序列长度与批大小增长。',
      tex: String.raw`\text{memory}=2\cdot L\cdot T\cdot n_{\text{kv}}\cdot d_{\text{head}}\cdot\text{bytes}`,
    }],
  },
  {
    term: 'MQA',
    aliases: ['Multi-Query Attention', 'multi query attention', '多查询注意力'],
    senses: [{
      field: 'attention',
      expansion: 'Multi-Query Attention',
      en: 'All query heads share a single key head and value head, shrinking the KV cache by the number of heads and speeding up decoding, with some quality loss.',
      zh: '所有查询头共享同一个键头和值头，使 KV 缓存按头数成倍缩小、解码加速，但质量略有下降。',
    }],
  },
  {
    term: 'GQA',
    aliases: ['Grouped-Query Attention', 'grouped query attention', '分组查询注意力'],
    senses: [{
      field: 'attention',
      expansion: 'Grouped-Query Attention',
      en: 'Query heads are split into groups that each share one key/value head, interpolating between multi-head attention and MQA; used in LLaMA 2/3 and Gemma to reduce KV-cache size.',
      zh: '把查询头分组，每组共享一个键/值头，介于多头注意力与 MQA 之间；LLaMA 2/3、Gemma 等采用以减小 KV 缓存。',
    }],
  },
  {
    term: 'MLA',
    aliases: ['Multi-head Latent Attention', '多头潜在注意力'],
    senses: [{
      field: 'attention',
      expansion: 'Multi-head Latent Attention',
      en: 'DeepSeek-V2/V3’s attention that caches a low-rank latent vector per token from which keys and values are reconstructed (with a decoupled RoPE part), greatly shrinking the KV cache.',
      zh: 'DeepSeek-V2/V3 的注意力：每个 token 仅缓存一个低秩潜在向量，再由其重建键和值（并解耦出单独的 RoPE 部分），大幅减小 KV 缓存。',
    }],
  },
  {
    term: 'Positional encoding',
    aliases: ['position encoding', 'positional embedding', '位置编码', '位置嵌入', 'sinusoidal positional encoding', '正弦位置编码'],
    senses: [{
      field: 'attention',
      en: 'Information about token order added to the inputs, since attention itself is permutation-invariant; it can be fixed sinusoids, learned absolute embeddings, or relative schemes such as RoPE and ALiBi.',
      zh: '由于注意力本身对排列不变，需要向输入加入 token 顺序信息；可为固定正弦编码、可学习的绝对位置嵌入，或 RoPE、ALiBi 等相对位置方案。',
      tex: String.raw`PE_{(p,2i)}=\sin\!\big(p/10000^{2i/d}\big),\qquad PE_{(p,2i+1)}=\cos\!\big(p/10000^{2i/d}\big)`,
    }],
  },
  {
    term: 'RoPE',
    aliases: ['Rotary Position Embedding', 'rotary positional embedding', 'rotary embedding', '旋转位置编码', '旋转位置嵌入'],
    senses: [{
      field: 'attention',
      expansion: 'Rotary Position Embedding',
      en: 'Rotates each 2-D pair of query and key dimensions by an angle proportional to the position, so the q·k dot product depends only on the relative offset; standard in modern LLMs.',
      zh: '将查询和键的每对维度按与位置成正比的角度旋转，使 q·k 点积只依赖相对位置差；现代大模型的标准位置编码。',
      tex: String.raw`\langle R_{\Theta,m}\,q,\;R_{\Theta,n}\,k\rangle=q^\top R_{\Theta,n-m}\,k,\qquad \theta_i=10000^{-2i/d}`,
    }],
  },
  {
    term: 'ALiBi',
    aliases: ['Attention with Linear Biases', '线性偏置注意力'],
    senses: [{
      field: 'attention',
      expansion: 'Attention with Linear Biases',
      en: 'Adds to each attention logit a head-specific negative bias proportional to the query–key distance instead of using position embeddings, which helps extrapolate to longer sequences.',
      zh: '不使用位置嵌入，而是在注意力分数上加与查询–键距离成正比、各头斜率不同的负偏置，有助于外推到更长序列。',
      tex: String.raw`\operatorname{softmax}\big(q_iK^\top-m\,(i-j)_{j\le i}\big)`,
    }],
  },
  {
    term: 'Sliding window attention',
    aliases: ['SWA', 'local attention', '滑动窗口注意力', '局部注意力', 'window attention', '窗口注意力'],
    senses: [{
      field: 'attention',
      en: 'Each token attends only to a fixed-size neighbourhood (e.g. the previous w tokens, or a local window of image patches as in Swin), making cost linear in sequence length; stacking layers widens the receptive field.',
      zh: '每个 token 只关注固定大小的邻域（如前 w 个 token，或 Swin 中图像块的局部窗口），计算量随序列长度线性增长；堆叠多层可扩大感受野。',
    }],
  },
  {
    term: 'Sparse attention',
    aliases: ['稀疏注意力', 'sparse transformer'],
    senses: [{
      field: 'attention',
      en: 'Restricts each query to a subset of keys chosen by a fixed pattern (strided, block, global tokens) or by content, reducing the quadratic cost of full attention.',
      zh: '让每个查询只关注按固定模式（跨步、分块、全局 token）或按内容选择的部分键，降低全注意力的二次复杂度。',
    }],
  },
  {
    term: 'DeltaNet',
    aliases: ['delta rule', 'Gated DeltaNet', '增量规则'],
    senses: [{
      field: 'attention',
      en: 'Linear attention whose state is updated by the delta rule: before writing a new key–value pair it removes the value currently stored under that key, improving associative recall of the fixed-size memory.',
      zh: '以 delta 规则更新状态的线性注意力：写入新的键值对前先减去该键当前对应的旧值，提升固定大小记忆的联想检索能力。',
      tex: String.raw`S_t=S_{t-1}\big(I-\beta_t k_t k_t^\top\big)+\beta_t\,v_t k_t^\top`,
    }],
  },
  {
    term: 'Attention complexity',
    aliases: ['quadratic attention', '注意力复杂度', 'O(N^2) attention', '二次复杂度'],
    senses: [{
      field: 'attention',
      en: 'Softmax attention costs O(N²d) time and O(N²) memory (without FlashAttention) in sequence length N, whereas linear attention and SSMs cost O(N d²) or O(N d s), which motivates them for long sequences and high-resolution images.',
      zh: 'softmax 注意力对序列长度 N 的时间复杂度为 O(N²d)，不用 FlashAttention 时内存为 O(N²)；线性注意力与 SSM 为 O(N d²) 或 O(N d s)，因而适合长序列与高分辨率图像。',
    }],
  },

  // ───────────────────────── LLMs ─────────────────────────
  {
    term: 'Transformer',
    aliases: ['Transformers', 'Transformer 架构', 'Attention Is All You Need'],
    senses: [{
      field: 'llm',
      en: 'The architecture built from stacked blocks of multi-head self-attention and position-wise feed-forward layers with residual connections and layer normalisation, plus positional information; the basis of modern LLMs and ViTs.',
      zh: '由多头自注意力与逐位置前馈网络堆叠而成、带残差连接和层归一化并加入位置信息的架构；现代大语言模型和 ViT 的基础。',
    }],
  },
  {
    term: 'Encoder-only',
    aliases: ['encoder-only model', 'encoder only', '仅编码器', '纯编码器', '仅编码器架构'],
    senses: [{
      field: 'llm',
      en: 'A Transformer with only a bidirectional encoder that produces contextual representations of the input rather than generating text; suited to classification, tagging and retrieval (BERT, RoBERTa).',
      zh: '只含双向编码器的 Transformer，输出输入的上下文表示而不生成文本；适合分类、序列标注和检索（BERT、RoBERTa）。',
    }],
  },
  {
    term: 'Decoder-only',
    aliases: ['decoder-only model', 'decoder only', '仅解码器', '纯解码器', '仅解码器架构', 'causal language model', '因果语言模型'],
    senses: [{
      field: 'llm',
      en: 'A Transformer stack with causal self-attention trained to predict the next token; the same model handles understanding and generation by prompting, and is the architecture of GPT, LLaMA and Gemma.',
      zh: '使用因果自注意力、以预测下一个 token 训练的 Transformer；同一模型通过提示即可完成理解与生成任务，是 GPT、LLaMA、Gemma 的架构。',
    }],
  },
  {
    term: 'Encoder-decoder',
    aliases: ['encoder–decoder', 'encoder decoder', '编码器-解码器', '编码器–解码器', '编码器解码器', 'Seq2Seq', 'sequence-to-sequence', '序列到序列'],
    senses: [{
      field: 'llm',
      en: 'An architecture in which an encoder maps the input sequence to representations and a decoder generates the output sequence autoregressively while attending to them (via cross-attention in Transformers); used for translation and T5.',
      zh: '编码器把输入序列映射为表示，解码器在关注这些表示（Transformer 中通过交叉注意力）的同时自回归地生成输出序列；用于机器翻译和 T5 等。',
    }],
  },
  {
    term: 'Autoregressive model',
    aliases: ['autoregressive', 'AR model', '自回归模型', '自回归', 'next-token prediction', '下一个词预测'],
    senses: [{
      field: 'llm',
      en: 'A model that factorises a joint distribution into a product of conditionals and generates one element at a time conditioned on the previous ones; training is parallel with teacher forcing, but sampling is sequential and errors can accumulate.',
      zh: '把联合分布分解为条件概率的乘积、逐个元素地基于之前元素生成的模型；借助教师强制可并行训练，但采样是串行的，且误差可能累积。',
      tex: String.raw`p(x_{1:T})=\prod_{t=1}^{T}p(x_t\mid x_{<t})`,
    }],
  },
  {
    term: 'GPT',
    aliases: ['Generative Pre-trained Transformer', 'GPT-2', 'GPT-3', 'GPT-4', 'GPT 系列', 'ChatGPT'],
    senses: [{
      field: 'llm',
      expansion: 'Generative Pre-trained Transformer',
      en: 'OpenAI’s series of decoder-only Transformers pretrained with next-token prediction on large text corpora; scaling (GPT-3) brought few-shot in-context learning, and instruction tuning plus RLHF produced ChatGPT.',
      zh: 'OpenAI 的仅解码器 Transformer 系列，在大规模文本上以下一个 token 预测预训练；规模扩大（GPT-3）带来少样本上下文学习，再经指令微调与 RLHF 得到 ChatGPT。',
      tex: String.raw`\mathcal L=-\sum_{t}\log p_\theta(x_t\mid x_{<t})`,
    }],
  },
  {
    term: 'BERT',
    aliases: ['Bidirectional Encoder Representations from Transformers', 'RoBERTa', 'ALBERT'],
    senses: [{
      field: 'llm',
      expansion: 'Bidirectional Encoder Representations from Transformers',
      en: 'An encoder-only Transformer pretrained with masked language modelling (and next-sentence prediction), then fine-tuned for downstream tasks; RoBERTa drops NSP and trains longer on more data.',
      zh: '以掩码语言建模（及下一句预测）预训练的仅编码器 Transformer，再微调用于下游任务；RoBERTa 去掉 NSP，用更多数据训练更久。',
    }],
  },
  {
    term: 'MLM',
    aliases: ['Masked Language Modeling', 'masked language model', '掩码语言模型', '掩码语言建模'],
    senses: [{
      field: 'llm',
      expansion: 'Masked Language Modeling',
      en: 'Pretraining by masking a fraction of input tokens (15% in BERT) and predicting them from bidirectional context.',
      zh: '随机掩盖部分输入 token（BERT 中为 15%），并根据双向上下文预测它们的预训练目标。',
      tex: String.raw`\mathcal L_{\text{MLM}}=-\sum_{i\in\mathcal M}\log p_\theta\big(x_i\mid x_{\setminus\mathcal M}\big)`,
    }],
  },
  {
    term: 'T5',
    aliases: ['Text-to-Text Transfer Transformer', 'Flan-T5', 'T5 encoder', 'T5 文本编码器'],
    senses: [{
      field: 'llm',
      expansion: 'Text-to-Text Transfer Transformer',
      en: 'An encoder–decoder Transformer that casts every NLP task as text-to-text and is pretrained with span corruption; its encoder is widely used as the text encoder of text-to-image diffusion models (Imagen, SD3).',
      zh: '将所有 NLP 任务统一为文本到文本形式、以片段破坏目标预训练的编码器–解码器 Transformer；其编码器常用作文生图扩散模型（Imagen、SD3）的文本编码器。',
    }],
  },
  {
    term: 'LLM',
    aliases: ['Large Language Model', 'large language models', '大语言模型', '大模型', '大型语言模型'],
    senses: [{
      field: 'llm',
      expansion: 'Large Language Model',
      en: 'A language model, usually a decoder-only Transformer with billions of parameters, pretrained on large text corpora and typically aligned with instruction tuning and preference optimisation.',
      zh: '通常为数十亿以上参数的仅解码器 Transformer 语言模型，在大规模语料上预训练，并一般经指令微调与偏好优化对齐。',
    }],
  },
  {
    term: 'CoT',
    aliases: ['Chain-of-Thought', 'chain of thought', '思维链', 'CoT prompting', '思维链提示'],
    senses: [{
      field: 'llm',
      expansion: 'Chain-of-Thought',
      en: 'Prompting or training a model to write out intermediate reasoning steps before the final answer; it markedly improves arithmetic, commonsense and symbolic reasoning in sufficiently large models and makes the reasoning inspectable.',
      zh: '通过提示或训练让模型在给出最终答案前写出中间推理步骤；在足够大的模型上显著提升算术、常识与符号推理能力，并使推理过程可检查。',
    }],
  },
  {
    term: 'ICL',
    aliases: ['In-Context Learning', 'in context learning', '上下文学习', '语境学习', 'few-shot prompting', '少样本提示'],
    senses: [{
      field: 'llm',
      expansion: 'In-Context Learning',
      en: 'Performing a new task from instructions and a few input–output demonstrations placed in the prompt, with no gradient update; the mapping is inferred in the forward pass.',
      zh: '仅凭提示中的指令和少量输入–输出示例完成新任务，不更新参数；任务映射在前向计算中被推断出来。',
    }],
  },
  {
    term: 'Zero-shot',
    aliases: ['zero shot', '零样本', 'few-shot', 'few shot', '少样本', 'one-shot'],
    senses: [{
      field: 'llm',
      en: 'Zero-shot means solving a task with no task-specific examples (only an instruction or label names); few-shot means with only a handful, given in the prompt or used for light adaptation.',
      zh: '零样本指不提供任何任务示例（仅有指令或类别名称）就完成任务；少样本指只提供少量示例（放在提示中或用于轻量适配）。',
    }],
  },
  {
    term: 'Tokenizer',
    aliases: ['tokenization', '分词器', '分词', '词元'],
    senses: [{
      field: 'llm',
      en: 'The component that splits text into tokens from a fixed vocabulary and maps them to integer IDs (and back); modern LLMs use subword schemes such as BPE, WordPiece or SentencePiece-unigram.',
      zh: '把文本切分为固定词表中的 token 并映射为整数 ID（及逆映射）的组件；现代大模型使用 BPE、WordPiece 或 SentencePiece-unigram 等子词方案。',
    }],
  },
  {
    term: 'BPE',
    aliases: ['Byte Pair Encoding', 'byte-pair encoding', '字节对编码', 'byte-level BPE'],
    senses: [{
      field: 'llm',
      expansion: 'Byte Pair Encoding',
      en: 'A subword tokenisation algorithm that starts from characters (or bytes) and repeatedly merges the most frequent adjacent pair into a new symbol until the vocabulary reaches its target size.',
      zh: '子词切分算法：从字符（或字节）出发，反复把最频繁的相邻符号对合并为新符号，直到词表达到目标大小。',
    }],
  },
  {
    term: 'Instruction tuning',
    aliases: ['instruction fine-tuning', '指令微调', 'SFT', 'supervised fine-tuning', '监督微调'],
    senses: [{
      field: 'llm',
      en: 'Supervised fine-tuning of a pretrained LM on (instruction, response) pairs across many tasks so it follows natural-language instructions and generalises to unseen ones; usually the first alignment stage.',
      zh: '在多任务的（指令, 回答）数据上对预训练语言模型做监督微调，使其遵循自然语言指令并泛化到未见任务；通常是对齐的第一阶段。',
    }],
  },
  {
    term: 'RLHF',
    aliases: ['Reinforcement Learning from Human Feedback', '基于人类反馈的强化学习', '人类反馈强化学习'],
    senses: [{
      field: 'llm',
      expansion: 'Reinforcement Learning from Human Feedback',
      en: 'Alignment in which a reward model is trained on human preference comparisons and the policy LM is then optimised (typically with PPO) to maximise that reward under a KL penalty to the reference model.',
      zh: '一种对齐方法：先用人类偏好比较数据训练奖励模型，再（通常用 PPO）优化策略语言模型，在相对参考模型的 KL 惩罚约束下最大化奖励。',
      tex: String.raw`\max_{\pi_\theta}\ \mathbb E_{x,\,y\sim\pi_\theta}\big[r_\phi(x,y)\big]-\beta\,D_{\mathrm{KL}}\big(\pi_\theta(\cdot\mid x)\,\|\,\pi_{\text{ref}}(\cdot\mid x)\big)`,
    }],
  },
  {
    term: 'Reward model',
    aliases: ['RM', '奖励模型', 'Bradley–Terry model', 'Bradley-Terry'],
    senses: [{
      field: 'llm',
      en: 'A network that scores a (prompt, response) pair, trained on human preference pairs with the Bradley–Terry loss so preferred responses score higher; it supplies the reward in RLHF.',
      zh: '为（提示, 回答）打分的网络，用 Bradley–Terry 损失在人类偏好对上训练，使更受偏好的回答得分更高；为 RLHF 提供奖励。',
      tex: String.raw`\mathcal L_{\text{RM}}=-\log\sigma\big(r_\phi(x,y_w)-r_\phi(x,y_l)\big)`,
    }],
  },
  {
    term: 'PPO',
    aliases: ['Proximal Policy Optimization', '近端策略优化'],
    senses: [{
      field: 'llm',
      expansion: 'Proximal Policy Optimization',
      en: 'A policy-gradient algorithm that maximises a clipped surrogate objective so each update keeps the new-to-old probability ratio close to 1; it uses a learned value function for advantages and is the classic RL step of RLHF.',
      zh: '策略梯度算法：最大化截断的替代目标，使每次更新中新旧策略概率比保持在 1 附近；用学习的价值函数估计优势，是 RLHF 中经典的强化学习步骤。',
      tex: String.raw`L^{\text{CLIP}}=\mathbb E_t\Big[\min\big(r_t\hat A_t,\ \operatorname{clip}(r_t,1-\epsilon,1+\epsilon)\,\hat A_t\big)\Big],\qquad r_t=\frac{\pi_\theta(a_t\mid s_t)}{\pi_{\theta_{\text{old}}}(a_t\mid s_t)}`,
    }],
  },
  {
    term: 'DPO',
    aliases: ['Direct Preference Optimization', '直接偏好优化'],
    senses: [{
      field: 'llm',
      expansion: 'Direct Preference Optimization',
      en: 'Optimises a policy directly on preference pairs with a classification-style loss derived from the KL-regularised RLHF objective, so no separate reward model or RL loop is needed.',
      zh: '从带 KL 正则的 RLHF 目标推导出类分类损失，直接在偏好对上优化策略，无需单独的奖励模型与强化学习循环。',
      tex: String.raw`\mathcal L_{\text{DPO}}=-\log\sigma\Big(\beta\log\frac{\pi_\theta(y_w\mid x)}{\pi_{\text{ref}}(y_w\mid x)}-\beta\log\frac{\pi_\theta(y_l\mid x)}{\pi_{\text{ref}}(y_l\mid x)}\Big)`,
    }],
  },
  {
    term: 'GRPO',
    aliases: ['Group Relative Policy Optimization', '组相对策略优化'],
    senses: [{
      field: 'llm',
      expansion: 'Group Relative Policy Optimization',
      en: 'A PPO variant (DeepSeekMath, DeepSeek-R1) that drops the value network: it samples a group of responses per prompt and uses each reward standardised within the group as the advantage, with a KL penalty to the reference policy.',
      zh: 'PPO 的变体（DeepSeekMath、DeepSeek-R1）：去掉价值网络，对每个提示采样一组回答，以组内标准化后的奖励作为优势，并加相对参考策略的 KL 惩罚。',
      tex: String.raw`\hat A_i=\frac{r_i-\operatorname{mean}(\{r_j\}_{j=1}^{G})}{\operatorname{std}(\{r_j\}_{j=1}^{G})}`,
    }],
  },
  {
    term: 'LoRA',
    aliases: ['Low-Rank Adaptation', 'low rank adaptation', '低秩适配', '低秩自适应', 'QLoRA'],
    senses: [{
      field: 'llm',
      expansion: 'Low-Rank Adaptation',
      en: 'Parameter-efficient fine-tuning that freezes the pretrained weights and learns a low-rank update BA added to chosen weight matrices; B starts at zero and the update can be merged back, adding no inference cost. QLoRA does this on a 4-bit quantised base.',
      zh: '参数高效微调：冻结预训练权重，只为选定的权重矩阵学习低秩增量 BA；B 初始化为零，训练后可合并回原权重，不增加推理开销。QLoRA 在 4 比特量化的基座上做同样的事。',
      tex: String.raw`W=W_0+\frac{\alpha}{r}\,BA,\qquad B\in\mathbb R^{d\times r},\ A\in\mathbb R^{r\times k},\ r\ll\min(d,k)`,
    }],
  },
  {
    term: 'MoE',
    aliases: ['Mixture of Experts', 'mixture-of-experts', '混合专家', '混合专家模型', 'sparse MoE'],
    senses: [{
      field: 'llm',
      expansion: 'Mixture of Experts',
      en: 'Layers containing many expert FFNs of which a learned router activates only the top-k per token, so total parameters grow without growing per-token compute; an auxiliary loss or bias keeps the load balanced.',
      zh: '层内含多个专家前馈网络，由可学习路由器为每个 token 只激活 top-k 个专家，使总参数量增大而每个 token 的计算量不变；用辅助损失或偏置保持负载均衡。',
      tex: String.raw`y=\sum_{i\in\operatorname{TopK}(g(x))}g_i(x)\,E_i(x)`,
    }],
  },
  {
    term: 'Hallucination',
    aliases: ['hallucinations', '幻觉', '模型幻觉'],
    senses: [{
      field: 'llm',
      en: 'Output of a language or multimodal model that is fluent and confident but unsupported by its input or factually wrong, such as invented citations or objects not present in an image.',
      zh: '语言或多模态模型生成的流畅且自信、但与输入不符或与事实不符的内容，如编造的引用或图像中不存在的物体。',
    }],
  },
  {
    term: 'Gemma',
    aliases: ['Gemma 2', 'Gemma-2', 'Gemma 3'],
    senses: [{
      field: 'llm',
      en: 'Google’s family of open-weight decoder-only LLMs derived from Gemini research (e.g. 2B–27B); Sana uses a small Gemma-2 as its text encoder.',
      zh: 'Google 基于 Gemini 研究发布的开放权重仅解码器大模型系列（如 2B–27B）；Sana 使用小型 Gemma-2 作为文本编码器。',
    }],
  },
  {
    term: 'LLaMA',
    aliases: ['Llama', 'Llama 2', 'Llama 3', 'LLaMA-2'],
    senses: [{
      field: 'llm',
      en: 'Meta’s family of open-weight decoder-only LLMs using pre-RMSNorm, SwiGLU FFNs and RoPE (GQA in larger later models); a common base for fine-tuning and for multimodal models such as LLaVA.',
      zh: 'Meta 的开放权重仅解码器大模型系列，采用前置 RMSNorm、SwiGLU 前馈网络与 RoPE（后期大模型使用 GQA）；常作为微调及 LLaVA 等多模态模型的基座。',
    }],
  },
  {
    term: 'Scaling laws',
    aliases: ['scaling law', '缩放定律', '规模定律', 'Chinchilla scaling', 'compute-optimal'],
    senses: [{
      field: 'llm',
      en: 'Empirical power laws relating loss to parameters N, data D and compute; the Chinchilla fit implies that, for a fixed compute budget, parameters and training tokens should grow roughly in proportion (≈20 tokens per parameter).',
      zh: '损失与参数量 N、数据量 D 及计算量之间的经验幂律关系；Chinchilla 的拟合表明在固定算力下参数量与训练 token 数应大致同比增长（约每参数 20 个 token）。',
      tex: String.raw`L(N,D)=E+\frac{A}{N^{\alpha}}+\frac{B}{D^{\beta}}`,
    }],
  },
  {
    term: 'Perplexity',
    aliases: ['PPL', '困惑度'],
    senses: [{
      field: 'llm',
      en: 'The exponential of the average per-token negative log-likelihood on held-out text; lower is better, and it can be read as the effective number of equally likely next-token choices.',
      zh: '留出文本上平均每 token 负对数似然的指数；越低越好，可理解为模型在每步“等可能候选”的有效个数。',
      tex: String.raw`\mathrm{PPL}=\exp\!\Big(-\frac{1}{N}\sum_{t=1}^{N}\log p_\theta(x_t\mid x_{<t})\Big)`,
    }],
  },
  {
    term: 'Temperature sampling',
    aliases: ['temperature', '温度', '温度采样', 'sampling temperature'],
    senses: [{
      field: 'llm',
      en: 'Dividing logits by a temperature T before softmax: T < 1 sharpens the distribution towards greedy decoding, T > 1 flattens it for more diverse output.',
      zh: '在 softmax 前把 logits 除以温度 T：T < 1 使分布更尖锐、接近贪心解码，T > 1 使分布更平坦、输出更多样。',
      tex: String.raw`p_i=\frac{\exp(z_i/T)}{\sum_j\exp(z_j/T)}`,
    }],
  },
  {
    term: 'Top-p sampling',
    aliases: ['nucleus sampling', 'top-p', '核采样', 'top-k sampling', 'top-k', 'Top-k 采样'],
    senses: [{
      field: 'llm',
      en: 'Top-k samples only from the k most probable tokens; top-p (nucleus) samples from the smallest set of tokens whose cumulative probability reaches p, renormalised, adapting the candidate set to the model’s confidence.',
      zh: 'top-k 只在概率最高的 k 个 token 中采样；top-p（核采样）在累计概率达到 p 的最小 token 集合中重新归一化后采样，候选集大小随模型置信度自适应。',
      tex: String.raw`V^{(p)}=\arg\min_{V'\subseteq V}|V'|\ \ \text{s.t.}\ \sum_{x\in V'}P(x\mid x_{<t})\ge p`,
    }],
  },
  {
    term: 'Beam search',
    aliases: ['集束搜索', '束搜索', 'greedy decoding', '贪心解码'],
    senses: [{
      field: 'llm',
      en: 'Decoding that keeps the B highest-scoring partial sequences at each step and expands each; greedy decoding is the case B = 1. It suits translation but tends to be bland for open-ended generation.',
      zh: '每步保留得分最高的 B 个部分序列并分别扩展的解码方法；贪心解码是 B = 1 的特例。适合机器翻译，但开放式生成中容易输出平淡内容。',
    }],
  },
  {
    term: 'Teacher forcing',
    aliases: ['教师强制', 'teacher-forcing'],
    senses: [{
      field: 'llm',
      en: 'Training a sequence model by feeding the ground-truth previous tokens (not its own predictions) as input at every step, which allows parallel training but creates exposure bias at inference.',
      zh: '训练序列模型时每一步都输入真实的前序 token（而非模型自己的预测），可并行训练，但推理时会产生暴露偏差。',
    }],
  },
  {
    term: 'RAG',
    aliases: ['Retrieval-Augmented Generation', 'retrieval augmented generation', '检索增强生成'],
    senses: [{
      field: 'llm',
      expansion: 'Retrieval-Augmented Generation',
      en: 'Retrieving relevant documents from an external corpus (usually by embedding similarity) and adding them to the prompt so the model grounds its answer in them, reducing hallucination and staleness.',
      zh: '从外部语料中（通常按嵌入相似度）检索相关文档并放入提示，使模型基于这些内容作答，减少幻觉与知识过时问题。',
    }],
  },
  {
    term: 'Speculative decoding',
    aliases: ['speculative sampling', '投机解码', '推测解码'],
    senses: [{
      field: 'llm',
      en: 'A small draft model proposes several tokens that the large model verifies in one parallel pass; a rejection-sampling rule keeps the output distribution exactly that of the large model while reducing latency.',
      zh: '由小草稿模型先提出若干 token，大模型一次并行前向进行验证；借助拒绝采样规则，输出分布与大模型完全一致，同时降低延迟。',
      tex: String.raw`\text{accept }x\text{ with prob. }\min\!\Big(1,\frac{p(x)}{q(x)}\Big)`,
    }],
  },
  {
    term: 'Reasoning model',
    aliases: ['推理模型', 'DeepSeek-R1', 'long CoT', '长思维链'],
    senses: [{
      field: 'llm',
      en: 'An LLM trained, largely by reinforcement learning with verifiable rewards, to produce long chains of thought before answering and to spend more test-time compute on harder problems (e.g. OpenAI o1, DeepSeek-R1).',
      zh: '主要通过可验证奖励的强化学习训练、在作答前生成长思维链并对更难问题投入更多推理时计算的大模型（如 OpenAI o1、DeepSeek-R1）。',
    }],
  },

  // ───────────────────────── Multimodal models ─────────────────────────
  {
    term: 'CLIP',
    aliases: ['Contrastive Language-Image Pre-training', 'Contrastive Language–Image Pretraining', '对比语言-图像预训练', 'OpenCLIP'],
    senses: [{
      field: 'multimodal',
      expansion: 'Contrastive Language-Image Pre-training',
      en: 'An image encoder and a text encoder trained on ~400M image–text pairs with a symmetric contrastive (InfoNCE) loss over the batch, giving a shared embedding space for zero-shot classification, retrieval and text conditioning.',
      zh: '在约 4 亿图文对上以批内对称对比（InfoNCE）损失联合训练图像编码器和文本编码器，得到共享嵌入空间，可用于零样本分类、检索及文本条件生成。',
      tex: String.raw`\mathcal L=-\frac{1}{2N}\sum_{i=1}^{N}\Big[\log\frac{e^{s_{ii}/\tau}}{\sum_{j}e^{s_{ij}/\tau}}+\log\frac{e^{s_{ii}/\tau}}{\sum_{j}e^{s_{ji}/\tau}}\Big]`,
    }],
  },
  {
    term: 'SigLIP',
    aliases: ['Sigmoid Loss for Language Image Pre-training', 'SigLIP 2'],
    senses: [{
      field: 'multimodal',
      expansion: 'Sigmoid Loss for Language-Image Pre-training',
      en: 'CLIP-style pretraining with an independent binary sigmoid loss on every image–text pair instead of a batch softmax, removing the need for global normalisation; its vision encoder is widely used in VLMs (e.g. Janus, PaliGemma).',
      zh: '类 CLIP 预训练，但对每个图文对使用独立的二元 sigmoid 损失代替批内 softmax，无需全局归一化；其视觉编码器被广泛用于 VLM（如 Janus、PaliGemma）。',
      tex: String.raw`\mathcal L=-\frac{1}{N}\sum_{i=1}^{N}\sum_{j=1}^{N}\log\sigma\big(z_{ij}\,(t\,x_i^\top y_j+b)\big),\qquad z_{ij}=\begin{cases}1 & i=j\\ -1 & i\ne j\end{cases}`,
    }],
  },
  {
    term: 'VLM',
    aliases: ['Vision-Language Model', 'vision language model', '视觉语言模型', 'MLLM', 'multimodal large language model', '多模态大模型', 'LMM'],
    senses: [{
      field: 'multimodal',
      expansion: 'Vision-Language Model',
      en: 'A model that takes images (or video) and text and produces text, typically a pretrained vision encoder whose features are projected into the token space of an LLM.',
      zh: '以图像（或视频）和文本为输入、输出文本的模型，通常由预训练视觉编码器加投影层，将视觉特征映射到大语言模型的 token 空间。',
    }],
  },
  {
    term: 'LLaVA',
    aliases: ['Large Language and Vision Assistant', 'LLaVA-1.5', 'LLaVA-NeXT'],
    senses: [{
      field: 'multimodal',
      expansion: 'Large Language and Vision Assistant',
      en: 'A VLM that connects a CLIP ViT to an LLM (Vicuna/LLaMA) through a linear or MLP projector and is trained in two stages: projector alignment on captions, then visual instruction tuning.',
      zh: '通过线性或 MLP 投影层把 CLIP ViT 接入大语言模型（Vicuna/LLaMA）的 VLM，分两阶段训练：先在图文描述上对齐投影层，再做视觉指令微调。',
    }],
  },
  {
    term: 'Visual instruction tuning',
    aliases: ['视觉指令微调', 'multimodal instruction tuning', '多模态指令微调'],
    senses: [{
      field: 'multimodal',
      en: 'Fine-tuning a VLM on (image, instruction, response) data, often generated with a text-only LLM from captions and boxes, so it follows open-ended visual instructions and can chat about images.',
      zh: '在（图像, 指令, 回答）数据上微调 VLM（数据常由纯文本大模型依据图像描述与框生成），使其能遵循开放式视觉指令并围绕图像对话。',
    }],
  },
  {
    term: 'Projector',
    aliases: ['multimodal projector', 'vision-language connector', 'MLP projector', '投影层', '模态连接器', '视觉适配器'],
    senses: [{
      field: 'multimodal',
      en: 'The small module (linear layer, 2-layer MLP, Q-Former or resampler) that maps vision-encoder features into the embedding space of the language model in a VLM.',
      zh: 'VLM 中把视觉编码器特征映射到语言模型嵌入空间的小模块（线性层、两层 MLP、Q-Former 或重采样器）。',
    }],
  },
  {
    term: 'Q-Former',
    aliases: ['Querying Transformer', 'BLIP-2', 'BLIP'],
    senses: [{
      field: 'multimodal',
      en: 'In BLIP-2, a lightweight Transformer whose fixed set of learnable queries cross-attend to frozen image-encoder features and output a few visual tokens for a frozen LLM.',
      zh: 'BLIP-2 中的轻量 Transformer：一组固定数量的可学习查询与冻结图像编码器的特征做交叉注意力，输出少量视觉 token 供冻结的大语言模型使用。',
    }],
  },
  {
    term: 'Janus',
    aliases: ['Janus-Pro', 'Janus Pro', 'DeepSeek Janus', 'JanusFlow'],
    senses: [{
      field: 'multimodal',
      en: 'DeepSeek’s unified multimodal understanding-and-generation model that decouples visual encoding: a SigLIP encoder supplies semantic features for understanding, a VQ tokenizer supplies discrete codes for generation, and one autoregressive Transformer processes both. Janus-Pro scales data and model size.',
      zh: 'DeepSeek 的统一多模态理解与生成模型，核心是解耦视觉编码：理解用 SigLIP 编码器提取语义特征，生成用 VQ 分词器得到离散编码，二者由同一个自回归 Transformer 处理。Janus-Pro 扩大了数据与模型规模。',
    }],
  },
  {
    term: 'VQ tokenizer',
    aliases: ['visual tokenizer', 'image tokenizer', '视觉分词器', '图像分词器', 'VQ 分词器', 'vector quantization', '向量量化'],
    senses: [{
      field: 'multimodal',
      en: 'An encoder plus learned codebook that turns an image into a grid of discrete token IDs by nearest-codebook-vector quantisation, with a decoder to reconstruct pixels, so images can be generated autoregressively like text.',
      zh: '由编码器与可学习码本组成，按最近码本向量量化把图像变成离散 token ID 网格，并有解码器重建像素，使图像能像文本一样自回归生成。',
      tex: String.raw`z_q=e_k,\qquad k=\arg\min_j\big\|z_e(x)-e_j\big\|_2`,
    }],
  },
  {
    term: 'VQ-VAE',
    aliases: ['Vector Quantised VAE', 'vector-quantized variational autoencoder', '向量量化变分自编码器'],
    senses: [{
      field: 'multimodal',
      expansion: 'Vector-Quantised Variational Autoencoder',
      en: 'An autoencoder with a discrete codebook bottleneck trained with a reconstruction loss, a codebook loss and a commitment loss, passing gradients through quantisation with the straight-through estimator; a prior over codes is learned separately.',
      zh: '以离散码本为瓶颈的自编码器，用重建损失、码本损失与承诺损失训练，并以直通估计器让梯度穿过量化；码的先验单独学习。',
      tex: String.raw`\mathcal L=-\log p(x\mid z_q)+\big\|\operatorname{sg}[z_e]-e\big\|_2^2+\beta\,\big\|z_e-\operatorname{sg}[e]\big\|_2^2`,
    }],
  },
  {
    term: 'VQGAN',
    aliases: ['VQ-GAN', 'Taming Transformers'],
    senses: [{
      field: 'multimodal',
      en: 'A VQ-VAE trained with additional perceptual and patch-based adversarial losses, giving sharp reconstructions from compact codebooks; a common image tokenizer for autoregressive image generation.',
      zh: '在 VQ-VAE 基础上加入感知损失与基于图像块的对抗损失训练，在紧凑码本下也能得到清晰重建；是自回归图像生成常用的图像分词器。',
    }],
  },
  {
    term: 'Visual grounding',
    aliases: ['视觉定位', 'referring expression comprehension', 'REC', '指代表达理解', 'phrase grounding', '短语定位'],
    senses: [{
      field: 'multimodal',
      en: 'Localising the image region (box or mask) described by a natural-language expression, which requires jointly reasoning over language and vision.',
      zh: '根据自然语言描述在图像中定位其所指区域（框或掩码），需要对语言与视觉进行联合推理。',
    }],
  },
  {
    term: '3DVG',
    aliases: ['3D visual grounding', '三维视觉定位', '3D 视觉定位', '3D grounding'],
    senses: [{
      field: 'multimodal',
      expansion: '3D Visual Grounding',
      en: 'Visual grounding that outputs the 3D box of the referred object, usually from point clouds of indoor scenes; monocular variants predict it from a single RGB image plus camera intrinsics.',
      zh: '输出被指代物体三维框的视觉定位，通常基于室内场景点云；单目版本仅从单张 RGB 图像及相机内参进行预测。',
    }],
  },
  {
    term: 'Text-to-image',
    aliases: ['text-to-image generation', 'T2I', '文生图', '文本到图像生成'],
    senses: [{
      field: 'multimodal',
      en: 'Generating an image from a text prompt, today mostly with text-conditioned latent diffusion or flow models (Stable Diffusion, Sana) or autoregressive models over VQ tokens (Janus).',
      zh: '根据文本提示生成图像，目前主要使用文本条件的潜在扩散或流模型（Stable Diffusion、Sana），或基于 VQ token 的自回归模型（Janus）。',
    }],
  },
  {
    term: 'CLIP score',
    aliases: ['CLIPScore', 'CLIP-Score', 'CLIP 分数'],
    senses: [{
      field: 'multimodal',
      en: 'The (rescaled) cosine similarity between CLIP embeddings of an image and a text, used to measure image–text alignment and to filter or select captions.',
      zh: '图像与文本的 CLIP 嵌入之间（经缩放的）余弦相似度，用于衡量图文对齐程度以及筛选或选择图像描述。',
      tex: String.raw`\mathrm{CLIPScore}(I,C)=w\cdot\max\big(\cos(E_I,E_C),\,0\big)`,
    }],
  },
  {
    term: 'Unified multimodal model',
    aliases: ['unified model', '统一多模态模型', 'any-to-any model', 'multimodal understanding and generation', '多模态理解与生成'],
    senses: [{
      field: 'multimodal',
      en: 'A single model, usually one autoregressive Transformer, that both understands multimodal input and generates images (and text), e.g. Chameleon, Janus, Show-o.',
      zh: '用单个模型（通常为一个自回归 Transformer）同时完成多模态理解与图像（及文本）生成，如 Chameleon、Janus、Show-o。',
    }],
  },
  {
    term: 'Image captioning',
    aliases: ['图像描述', '图像字幕', 'captioning', 'recaptioning', '重新标注'],
    senses: [{
      field: 'multimodal',
      en: 'Generating a natural-language description of an image; VLM-generated dense recaptions are now used to improve the text of text-to-image training data.',
      zh: '为图像生成自然语言描述；如今常用 VLM 生成的细致重写描述来改进文生图训练数据的文本质量。',
    }],
  },
  {
    term: 'Multimodal fusion',
    aliases: ['多模态融合', 'feature fusion', '特征融合', 'cross-modal fusion', '跨模态融合'],
    senses: [{
      field: 'multimodal',
      en: 'Combining features from different modalities (e.g. text and image) by concatenation, gating or cross-attention, at early, intermediate or late stages of a network.',
      zh: '在网络的早期、中期或后期，通过拼接、门控或交叉注意力等方式融合不同模态（如文本与图像）的特征。',
    }],
  },

  // ───────────────────────── Training and optimisation ─────────────────────────
  {
    term: 'SGD',
    aliases: ['Stochastic Gradient Descent', '随机梯度下降', 'mini-batch SGD', '小批量梯度下降', 'gradient descent', '梯度下降'],
    senses: [{
      field: 'training',
      expansion: 'Stochastic Gradient Descent',
      en: 'Updating parameters against the gradient of the loss estimated on a random mini-batch, scaled by the learning rate; the noise of mini-batch gradients also acts as a regulariser.',
      zh: '用随机小批量上估计的损失梯度、按学习率沿负梯度方向更新参数；小批量梯度的噪声还起到一定正则化作用。',
      tex: String.raw`\theta_{t+1}=\theta_t-\eta\,\nabla_\theta\mathcal L_{B_t}(\theta_t)`,
    }],
  },
  {
    term: 'Momentum',
    aliases: ['SGD with momentum', '动量', '动量法', 'Nesterov momentum', 'Nesterov 动量', 'heavy ball'],
    senses: [{
      field: 'training',
      en: 'Accumulating an exponentially decaying sum of past gradients as a velocity and stepping along it, which damps oscillations across steep directions and speeds progress along consistent ones; Nesterov evaluates the gradient at the look-ahead point.',
      zh: '把过去梯度的指数衰减累加作为“速度”并沿其更新，抑制陡峭方向的振荡、加快一致方向上的前进；Nesterov 动量在前瞻位置计算梯度。',
      tex: String.raw`v_{t+1}=\mu\,v_t+\nabla_\theta\mathcal L(\theta_t),\qquad \theta_{t+1}=\theta_t-\eta\,v_{t+1}`,
    }],
  },
  {
    term: 'Adam',
    aliases: ['Adam optimizer', 'Adaptive Moment Estimation', 'Adam 优化器', '自适应矩估计'],
    senses: [{
      field: 'training',
      expansion: 'Adaptive Moment Estimation',
      en: 'An optimiser that keeps exponential moving averages of the gradient and of its elementwise square, corrects their initialisation bias, and scales each parameter’s step by the inverse root of the second moment.',
      zh: '维护梯度及其逐元素平方的指数滑动平均，对初始偏差做校正，并按二阶矩平方根的倒数为每个参数自适应缩放步长的优化器。',
      tex: String.raw`m_t=\beta_1m_{t-1}+(1-\beta_1)g_t,\quad v_t=\beta_2v_{t-1}+(1-\beta_2)g_t^2,\quad \theta_t=\theta_{t-1}-\eta\,\frac{m_t/(1-\beta_1^t)}{\sqrt{v_t/(1-\beta_2^t)}+\epsilon}`,
    }],
  },
  {
    term: 'AdamW',
    aliases: ['Adam with decoupled weight decay', 'decoupled weight decay', '解耦权重衰减'],
    senses: [{
      field: 'training',
      en: 'Adam with weight decay applied directly to the parameters rather than added to the gradient as an L2 term, so decay is not rescaled by the adaptive denominator; the default optimiser for Transformers.',
      zh: '把权重衰减直接作用在参数上、而非作为 L2 项加入梯度的 Adam，使衰减不被自适应分母缩放；Transformer 训练的默认优化器。',
      tex: String.raw`\theta_t=\theta_{t-1}-\eta\Big(\frac{\hat m_t}{\sqrt{\hat v_t}+\epsilon}+\lambda\,\theta_{t-1}\Big)`,
    }],
  },
  {
    term: 'Learning rate',
    aliases: ['LR', 'lr', '学习率', 'step size', '步长', 'learning-rate schedule', '学习率调度'],
    senses: [{
      field: 'training',
      en: 'The scalar that scales each optimiser step; usually varied over training by a schedule (warmup, then cosine, linear or step decay).',
      zh: '缩放每次优化步长的标量；通常按调度策略在训练中变化（先预热，再余弦、线性或阶梯式衰减）。',
    }],
  },
  {
    term: 'Warmup',
    aliases: ['learning-rate warmup', 'LR warmup', 'linear warmup', '学习率预热', '预热', 'warm-up'],
    senses: [{
      field: 'training',
      en: 'Increasing the learning rate from near zero to its target over the first steps, avoiding unstable early updates while Adam’s moment estimates and normalisation statistics are still poor; important for Transformers and large batches.',
      zh: '在训练初期把学习率从接近零逐步升到目标值，避免 Adam 矩估计和归一化统计量尚不可靠时的不稳定更新；对 Transformer 和大批量训练尤为重要。',
      tex: String.raw`\eta_t=\eta_{\max}\cdot\min\!\Big(1,\frac{t}{T_{\text{warmup}}}\Big)`,
    }],
  },
  {
    term: 'Cosine schedule',
    aliases: ['cosine annealing', 'cosine learning-rate schedule', 'cosine decay', '余弦退火', '余弦学习率', 'SGDR'],
    senses: [{
      field: 'training',
      en: 'Decaying the learning rate from its maximum to a minimum along half a cosine period over training (optionally with warm restarts, SGDR).',
      zh: '在训练过程中让学习率沿半个余弦周期从最大值衰减到最小值（可带热重启，即 SGDR）。',
      tex: String.raw`\eta_t=\eta_{\min}+\tfrac12(\eta_{\max}-\eta_{\min})\Big(1+\cos\frac{\pi t}{T}\Big)`,
    }],
  },
  {
    term: 'Weight decay',
    aliases: ['权重衰减', 'L2 regularization', 'L2 正则化', 'L2 regularisation'],
    senses: [{
      field: 'training',
      en: 'Shrinking weights towards zero at every step to limit model complexity; for plain SGD it equals L2 regularisation, but for adaptive optimisers the two differ (hence AdamW).',
      zh: '每步把权重向零收缩以限制模型复杂度；对普通 SGD 等价于 L2 正则化，但对自适应优化器两者不同（因此有 AdamW）。',
      tex: String.raw`\theta\leftarrow(1-\eta\lambda)\,\theta-\eta\,\nabla_\theta\mathcal L`,
    }],
  },
  {
    term: 'Dropout',
    aliases: ['随机失活', '丢弃法', 'DropPath', 'stochastic depth'],
    senses: [{
      field: 'training',
      en: 'Regularisation that zeroes each activation with probability p during training and rescales the rest by 1/(1 − p) (inverted dropout), so no change is needed at test time; DropPath drops whole residual branches.',
      zh: '训练时以概率 p 将各激活置零，并将其余激活乘以 1/(1 − p)（倒置 dropout），测试时无需改动的正则化方法；DropPath 则整条丢弃残差分支。',
      tex: String.raw`\tilde h=\frac{m\odot h}{1-p},\qquad m_i\sim\mathrm{Bernoulli}(1-p)`,
    }],
  },
  {
    term: 'Batch normalization',
    aliases: ['BatchNorm', 'BN', 'batch norm', '批归一化', '批量归一化', '批标准化'],
    senses: [{
      field: 'training',
      en: 'Normalising each channel with the mean and variance of the current mini-batch and then applying a learned scale and shift; running averages replace batch statistics at inference. It eases optimisation of deep CNNs but depends on batch size.',
      zh: '用当前小批量的均值和方差对每个通道归一化，再施加可学习的缩放与平移；推理时改用滑动平均统计量。可显著改善深层 CNN 的优化，但依赖批大小。',
      tex: String.raw`\hat x=\frac{x-\mu_B}{\sqrt{\sigma_B^2+\epsilon}},\qquad y=\gamma\,\hat x+\beta`,
    }],
  },
  {
    term: 'Layer normalization',
    aliases: ['LayerNorm', 'LN', 'layer norm', '层归一化', '层标准化', 'Pre-LN', 'Post-LN'],
    senses: [{
      field: 'training',
      en: 'Normalising each token (sample) over its feature dimension, independent of the batch, then applying a learned scale and shift; the standard normalisation in Transformers (Pre-LN places it before each sublayer).',
      zh: '对每个 token（样本）在特征维上归一化，与批大小无关，再施加可学习的缩放与平移；是 Transformer 的标准归一化（Pre-LN 将其放在每个子层之前）。',
      tex: String.raw`y=\gamma\odot\frac{x-\mu}{\sqrt{\sigma^2+\epsilon}}+\beta,\qquad \mu=\frac1d\sum_{i=1}^{d}x_i,\ \ \sigma^2=\frac1d\sum_{i=1}^{d}(x_i-\mu)^2`,
    }],
  },
  {
    term: 'RMSNorm',
    aliases: ['Root Mean Square Layer Normalization', 'RMS norm', '均方根归一化'],
    senses: [{
      field: 'training',
      expansion: 'Root Mean Square Normalization',
      en: 'A simpler LayerNorm that rescales by the root mean square of the features without subtracting the mean or adding a bias; used in LLaMA, Gemma and most recent LLMs.',
      zh: '简化的层归一化：只按特征的均方根缩放，不减均值也不加偏置；LLaMA、Gemma 等多数近期大模型采用。',
      tex: String.raw`y=\frac{x}{\sqrt{\frac1d\sum_{i=1}^{d}x_i^2+\epsilon}}\odot g`,
    }],
  },
  {
    term: 'Group normalization',
    aliases: ['GroupNorm', 'GN', '组归一化'],
    senses: [{
      field: 'training',
      en: 'Normalising over groups of channels within each sample, so it works with small batches; common in detection heads and diffusion U-Nets.',
      zh: '在每个样本内按通道分组进行归一化，小批量下也能正常工作；常用于检测头和扩散 U-Net。',
    }],
  },
  {
    term: 'Gradient clipping',
    aliases: ['梯度裁剪', 'gradient norm clipping', 'clip grad norm', '梯度截断'],
    senses: [{
      field: 'training',
      en: 'Rescaling the gradient when its global norm exceeds a threshold (or clipping elementwise), preventing single huge updates from exploding gradients or loss spikes.',
      zh: '当梯度全局范数超过阈值时按比例缩小（或逐元素截断），防止梯度爆炸或损失尖峰导致的过大更新。',
      tex: String.raw`g\leftarrow g\cdot\min\!\Big(1,\frac{c}{\|g\|_2}\Big)`,
    }],
  },
  {
    term: 'Vanishing gradient',
    aliases: ['vanishing gradients', '梯度消失', 'vanishing gradient problem'],
    senses: [{
      field: 'training',
      en: 'Gradients shrinking exponentially as they are back-propagated through many layers or time steps (a product of Jacobians with norm < 1), so early layers barely learn; mitigated by ReLU, residual connections, normalisation, gating and careful initialisation.',
      zh: '梯度在多层或多时间步反向传播时（范数小于 1 的雅可比矩阵连乘）呈指数衰减，导致前层几乎学不到东西；可用 ReLU、残差连接、归一化、门控与合理初始化缓解。',
      tex: String.raw`\frac{\partial\mathcal L}{\partial h_1}=\frac{\partial\mathcal L}{\partial h_L}\prod_{l=2}^{L}\frac{\partial h_l}{\partial h_{l-1}}`,
    }],
  },
  {
    term: 'Exploding gradient',
    aliases: ['exploding gradients', '梯度爆炸', 'exploding gradient problem'],
    senses: [{
      field: 'training',
      en: 'Gradients growing exponentially through many layers or time steps (Jacobian norms > 1), producing huge unstable updates or NaNs; mitigated by gradient clipping, normalisation, lower learning rates and good initialisation.',
      zh: '梯度在多层或多时间步传播中（雅可比范数大于 1）指数增长，导致巨大而不稳定的更新甚至 NaN；可用梯度裁剪、归一化、降低学习率和良好初始化缓解。',
    }],
  },
  {
    term: 'Mixed precision',
    aliases: ['mixed-precision training', 'AMP', 'automatic mixed precision', '混合精度', '混合精度训练', 'fp16', 'bf16', 'bfloat16'],
    senses: [{
      field: 'training',
      en: 'Training with most matrix operations in 16-bit (fp16 or bf16) while keeping fp32 master weights and precision-sensitive ops; fp16 additionally needs loss scaling to avoid gradient underflow.',
      zh: '训练时大部分矩阵运算用 16 位（fp16 或 bf16），同时保留 fp32 主权重和对精度敏感的运算；使用 fp16 时还需损失缩放以避免梯度下溢。',
      tex: String.raw`\tilde{\mathcal L}=S\cdot\mathcal L,\qquad g=\frac{\nabla_\theta\tilde{\mathcal L}}{S}`,
    }],
  },
  {
    term: 'Knowledge distillation',
    aliases: ['KD', 'distillation', '知识蒸馏', '蒸馏', 'teacher-student distillation'],
    senses: [{
      field: 'training',
      en: 'Training a smaller student to match a larger teacher’s softened output distribution (temperature T) and/or intermediate features, in addition to the ground-truth labels.',
      zh: '训练较小的学生模型去拟合较大教师模型经温度 T 软化的输出分布和/或中间特征，同时兼顾真实标签。',
      tex: String.raw`\mathcal L=(1-\lambda)\,\mathrm{CE}\big(y,p_s\big)+\lambda\,T^2\,D_{\mathrm{KL}}\big(p_t^{(T)}\,\|\,p_s^{(T)}\big)`,
    }],
  },
  {
    term: 'Overfitting',
    aliases: ['over-fitting', '过拟合', 'underfitting', '欠拟合'],
    senses: [{
      field: 'training',
      en: 'Fitting the training data, including its noise, so closely that performance on unseen data degrades (training loss keeps falling while validation loss rises); underfitting is the opposite failure to fit even the training data.',
      zh: '对训练数据（包括其噪声）拟合过度，导致在未见数据上性能下降（训练损失持续下降而验证损失上升）；欠拟合则是连训练数据都拟合不好。',
    }],
  },
  {
    term: 'Regularization',
    aliases: ['regularisation', '正则化', 'regularizer'],
    senses: [{
      field: 'training',
      en: 'Any technique that reduces overfitting by constraining the model or training, e.g. weight decay, dropout, data augmentation, label smoothing and early stopping.',
      zh: '通过约束模型或训练过程来减轻过拟合的技术，如权重衰减、dropout、数据增强、标签平滑和早停。',
    }],
  },
  {
    term: 'Early stopping',
    aliases: ['早停', '提前停止', 'early-stopping'],
    senses: [{
      field: 'training',
      en: 'Stopping training (and keeping the best checkpoint) once the validation metric stops improving for a set number of evaluations.',
      zh: '当验证指标在若干次评估内不再提升时停止训练，并保留最优检查点。',
    }],
  },
  {
    term: 'Data augmentation',
    aliases: ['数据增强', 'augmentation', 'mixup', 'CutMix', 'Mosaic'],
    senses: [{
      field: 'training',
      en: 'Enlarging the effective training set with label-preserving transformations (flips, crops, colour jitter) or label-mixing ones (mixup, CutMix, Mosaic), which improves generalisation.',
      zh: '通过保持标签的变换（翻转、裁剪、颜色扰动）或混合标签的变换（mixup、CutMix、Mosaic）扩充有效训练集，提升泛化能力。',
    }],
  },
  {
    term: 'Label smoothing',
    aliases: ['标签平滑'],
    senses: [{
      field: 'training',
      en: 'Replacing one-hot targets with a mixture of the one-hot vector and a uniform distribution, which discourages over-confident logits and often improves calibration.',
      zh: '把 one-hot 目标替换为 one-hot 向量与均匀分布的混合，抑制过度自信的 logits，常能改善校准。',
      tex: String.raw`y^{\text{LS}}=(1-\varepsilon)\,y+\frac{\varepsilon}{K}`,
    }],
  },
  {
    term: 'Backpropagation',
    aliases: ['back-propagation', 'backprop', '反向传播', 'BP', 'chain rule', '链式法则'],
    senses: [{
      field: 'training',
      en: 'Computing gradients of the loss with respect to all parameters by applying the chain rule backwards through the computation graph (reverse-mode automatic differentiation), reusing intermediate results.',
      zh: '沿计算图反向应用链式法则（反向模式自动微分）、复用中间结果，计算损失对全部参数的梯度。',
      tex: String.raw`\delta_l=\big(W_{l+1}^\top\delta_{l+1}\big)\odot\sigma'(z_l),\qquad \frac{\partial\mathcal L}{\partial W_l}=\delta_l\,a_{l-1}^\top`,
    }],
  },
  {
    term: 'Gradient accumulation',
    aliases: ['梯度累积', 'gradient accumulation steps'],
    senses: [{
      field: 'training',
      en: 'Summing (averaging) gradients over several micro-batches before one optimiser step, emulating a larger batch than fits in memory.',
      zh: '在一次优化器更新前累积（平均）多个微批次的梯度，以在显存有限时模拟更大的批大小。',
      tex: String.raw`g=\frac{1}{K}\sum_{k=1}^{K}\nabla_\theta\mathcal L_{B_k}(\theta)`,
    }],
  },
  {
    term: 'Gradient checkpointing',
    aliases: ['activation checkpointing', 'activation recomputation', '梯度检查点', '激活重计算'],
    senses: [{
      field: 'training',
      en: 'Saving only some activations in the forward pass and recomputing the rest during backpropagation, trading roughly one extra forward pass for much lower activation memory.',
      zh: '前向时只保存部分激活，反向传播时重新计算其余激活，以约多一次前向计算为代价大幅降低激活显存。',
    }],
  },
  {
    term: 'EMA',
    aliases: ['Exponential Moving Average', 'exponential moving average of weights', '指数滑动平均', '指数移动平均', 'model EMA'],
    senses: [{
      field: 'training',
      expansion: 'Exponential Moving Average',
      en: 'Keeping a slowly updated running average of the model weights and evaluating with it; it smooths optimisation noise and is standard for diffusion models and self-supervised teachers.',
      zh: '维护模型权重的缓慢更新的滑动平均并用其评估，可平滑优化噪声；在扩散模型与自监督教师网络中是标准做法。',
      tex: String.raw`\theta_{\text{EMA}}\leftarrow\beta\,\theta_{\text{EMA}}+(1-\beta)\,\theta`,
    }],
  },
  {
    term: 'Fine-tuning',
    aliases: ['finetuning', 'fine tuning', '微调', 'transfer learning', '迁移学习', 'pretraining', '预训练'],
    senses: [{
      field: 'training',
      en: 'Continuing to train a model pretrained on a large generic dataset on a smaller task-specific one (all weights, some layers, or adapters such as LoRA), transferring the learned representations.',
      zh: '在大规模通用数据上预训练后，再在较小的任务数据上继续训练（全部权重、部分层或 LoRA 等适配器），以迁移已学到的表示。',
    }],
  },
  {
    term: 'Contrastive learning',
    aliases: ['对比学习', 'InfoNCE', 'InfoNCE loss', 'NT-Xent', 'contrastive loss', '对比损失'],
    senses: [{
      field: 'training',
      en: 'Learning representations by pulling matched (positive) pairs together and pushing unmatched (negative) pairs apart, typically with the InfoNCE loss over a batch; used by SimCLR, MoCo and CLIP.',
      zh: '通过拉近匹配（正）样本对、推远不匹配（负）样本对来学习表示，通常在批内使用 InfoNCE 损失；SimCLR、MoCo、CLIP 均采用。',
      tex: String.raw`\mathcal L=-\log\frac{\exp(\operatorname{sim}(q,k^{+})/\tau)}{\sum_{k\in\{k^{+}\}\cup K^{-}}\exp(\operatorname{sim}(q,k)/\tau)}`,
    }],
  },
  {
    term: 'Quantization',
    aliases: ['quantisation', '量化', 'INT8', 'INT4', 'PTQ', 'QAT', 'post-training quantization', '训练后量化'],
    senses: [{
      field: 'training',
      en: 'Representing weights and/or activations with low-bit integers (e.g. 8- or 4-bit) plus scale factors to cut memory and speed up inference; post-training quantisation needs no retraining, quantisation-aware training simulates it during training.',
      zh: '用低比特整数（如 8 比特或 4 比特）加缩放因子表示权重和/或激活，以减少显存并加速推理；训练后量化无需重训，量化感知训练则在训练中模拟量化。',
      tex: String.raw`q=\operatorname{clip}\!\Big(\Big\lfloor\frac{x}{s}\Big\rceil+z,\;q_{\min},\;q_{\max}\Big)`,
    }],
  },
  {
    term: 'Loss function',
    aliases: ['损失函数', 'objective function', '目标函数', 'MSE', 'mean squared error', '均方误差'],
    senses: [{
      field: 'training',
      en: 'The scalar function of predictions and targets minimised during training, e.g. mean squared error for regression and cross-entropy for classification.',
      zh: '训练时被最小化的、关于预测与目标的标量函数，如回归用均方误差、分类用交叉熵。',
      tex: String.raw`\mathrm{MSE}=\frac{1}{n}\sum_{i=1}^{n}\big(y_i-\hat y_i\big)^2`,
    }],
  },

  // ───────────────────────── Probability and information theory ─────────────────────────
  {
    term: '马尔可夫链',
    aliases: ['Markov chain', '马尔科夫链', 'Markov property', '马尔可夫性', '马尔可夫性质', 'Markov process', '马尔可夫过程', '无记忆性'],
    senses: [{
      field: 'probability',
      en: 'A stochastic process in which the distribution of the next state depends only on the current state, not on the earlier history (the Markov property); the DDPM forward and reverse processes are Markov chains.',
      zh: '下一状态的分布只取决于当前状态、与更早历史无关（马尔可夫性）的随机过程；DDPM 的前向与反向过程都是马尔可夫链。',
      tex: String.raw`P(X_{t+1}\mid X_t,X_{t-1},\dots,X_0)=P(X_{t+1}\mid X_t)`,
    }],
  },
  {
    term: 'KL 散度',
    aliases: ['KL divergence', 'Kullback–Leibler divergence', 'Kullback-Leibler divergence', 'KL散度', '相对熵', 'relative entropy', 'KL'],
    senses: [{
      field: 'probability',
      en: 'An asymmetric measure of how a distribution P differs from a reference Q: the expected log-ratio under P. It is non-negative, zero iff P = Q, does not satisfy the triangle inequality, and is therefore not a metric.',
      zh: '衡量分布 P 相对参考分布 Q 差异的非对称度量，即在 P 下对数比值的期望；非负，当且仅当 P = Q 时为零，不满足对称性与三角不等式，因此不是距离度量。',
      tex: String.raw`D_{\mathrm{KL}}(P\,\|\,Q)=\sum_x P(x)\log\frac{P(x)}{Q(x)}=\mathbb E_{x\sim P}\Big[\log\frac{P(x)}{Q(x)}\Big]`,
    }],
  },
  {
    term: '极大似然估计',
    aliases: ['MLE', 'maximum likelihood estimation', 'maximum likelihood', '最大似然估计', '极大似然', '最大似然'],
    senses: [{
      field: 'probability',
      expansion: 'Maximum Likelihood Estimation',
      en: 'Choosing the parameters that make the observed data most probable, i.e. maximising the (log-)likelihood; for a model family this is equivalent to minimising the KL divergence from the empirical distribution.',
      zh: '选取使观测数据出现概率最大的参数，即最大化（对数）似然；等价于最小化经验分布到模型分布的 KL 散度。',
      tex: String.raw`\hat\theta_{\text{MLE}}=\arg\max_\theta\sum_{i=1}^{n}\log p(x_i\mid\theta)`,
    }],
  },
  {
    term: '最大后验估计',
    aliases: ['MAP estimation', 'MAP 估计', 'maximum a posteriori', 'maximum a posteriori estimation', '最大后验', '极大后验估计'],
    senses: [{
      field: 'probability',
      expansion: 'Maximum A Posteriori',
      en: 'Choosing the parameters that maximise the posterior, i.e. likelihood times prior; a Gaussian prior corresponds to L2 regularisation, a Laplace prior to L1.',
      zh: '选取使后验概率（似然乘先验）最大的参数；高斯先验对应 L2 正则化，拉普拉斯先验对应 L1 正则化。',
      tex: String.raw`\hat\theta_{\text{MAP}}=\arg\max_\theta\big[\log p(x\mid\theta)+\log p(\theta)\big]`,
    }],
  },
  {
    term: "Bayes' theorem",
    aliases: ['Bayes theorem', "Bayes' rule", 'Bayes rule', '贝叶斯定理', '贝叶斯公式', 'posterior', '后验', 'prior', '先验', 'likelihood', '似然'],
    senses: [{
      field: 'probability',
      en: 'The rule for inverting conditional probabilities: the posterior is proportional to the likelihood times the prior, normalised by the evidence p(x).',
      zh: '反转条件概率的法则：后验正比于似然乘先验，再除以证据 p(x) 归一化。',
      tex: String.raw`p(\theta\mid x)=\frac{p(x\mid\theta)\,p(\theta)}{p(x)}`,
    }],
  },
  {
    term: 'Entropy',
    aliases: ['信息熵', '熵', 'Shannon entropy', '香农熵'],
    senses: [{
      field: 'probability',
      en: 'The expected information content −log p(x) of a random variable, measuring its uncertainty; maximal for the uniform distribution.',
      zh: '随机变量信息量 −log p(x) 的期望，衡量其不确定性；均匀分布时最大。',
      tex: String.raw`H(X)=-\sum_x p(x)\log p(x)`,
    }],
  },
  {
    term: 'Cross-entropy',
    aliases: ['cross entropy', '交叉熵', 'cross-entropy loss', '交叉熵损失', 'CE loss', 'log loss'],
    senses: [{
      field: 'probability',
      en: 'The expected negative log-probability that Q assigns to samples from P; it equals H(P) + KL(P ‖ Q), so minimising it over Q is maximum likelihood, and it is the standard classification loss.',
      zh: '来自 P 的样本在 Q 下负对数概率的期望；等于 H(P) + KL(P ‖ Q)，因此对 Q 最小化交叉熵即极大似然，也是标准的分类损失。',
      tex: String.raw`H(P,Q)=-\sum_x P(x)\log Q(x)=H(P)+D_{\mathrm{KL}}(P\,\|\,Q)`,
    }],
  },
  {
    term: 'Gaussian distribution',
    aliases: ['normal distribution', '高斯分布', '正态分布', 'multivariate Gaussian', '多元高斯分布', 'Gaussian'],
    senses: [{
      field: 'probability',
      en: 'The distribution with density proportional to exp of a negative quadratic, fully specified by mean and covariance; closed under affine maps, marginalisation and conditioning, which is why diffusion models use it.',
      zh: '密度正比于负二次型指数的分布，由均值与协方差完全确定；对仿射变换、边缘化和条件化封闭，这正是扩散模型采用它的原因。',
      tex: String.raw`\mathcal N(x;\mu,\Sigma)=\frac{1}{\sqrt{(2\pi)^d\,|\Sigma|}}\exp\!\Big(-\tfrac12(x-\mu)^\top\Sigma^{-1}(x-\mu)\Big)`,
    }],
  },
  {
    term: 'Monte Carlo',
    aliases: ['Monte Carlo method', 'Monte Carlo estimation', '蒙特卡洛', '蒙特卡罗', '蒙特卡洛方法', 'MC'],
    senses: [{
      field: 'probability',
      en: 'Estimating an expectation (integral) by averaging the integrand over random samples; the estimator is unbiased and its error shrinks as O(1/√N) regardless of dimension.',
      zh: '用随机样本上被积函数的平均来估计期望（积分）；估计无偏，误差以 O(1/√N) 下降，与维度无关。',
      tex: String.raw`\mathbb E_{p}[f(x)]\approx\frac{1}{N}\sum_{i=1}^{N}f(x_i),\qquad x_i\sim p`,
    }],
  },
  {
    term: 'Importance sampling',
    aliases: ['重要性采样', 'importance weights', '重要性权重'],
    senses: [{
      field: 'probability',
      en: 'Estimating an expectation under p using samples from a proposal q, reweighted by p/q; variance is low when q is close to p·|f|, and very high when q misses regions where p has mass.',
      zh: '用来自提议分布 q 的样本并按 p/q 重新加权来估计 p 下的期望；q 接近 p·|f| 时方差小，若 q 漏掉 p 有质量的区域则方差极大。',
      tex: String.raw`\mathbb E_{p}[f(x)]=\mathbb E_{q}\Big[f(x)\,\frac{p(x)}{q(x)}\Big]`,
    }],
  },
  {
    term: "Jensen's inequality",
    aliases: ['Jensen inequality', 'Jensen 不等式', '詹森不等式', '琴生不等式'],
    senses: [{
      field: 'probability',
      en: 'For a convex function f, f(E[X]) ≤ E[f(X)] (reversed for concave f); applied to the concave log it yields the ELBO.',
      zh: '对凸函数 f 有 f(E[X]) ≤ E[f(X)]（凹函数不等号反向）；作用于凹函数 log 即得到 ELBO。',
      tex: String.raw`f\big(\mathbb E[X]\big)\le\mathbb E\big[f(X)\big]\ \ (f\text{ convex}),\qquad \log\mathbb E[X]\ge\mathbb E[\log X]`,
    }],
  },
  {
    term: 'Mutual information',
    aliases: ['互信息', 'MI'],
    senses: [{
      field: 'probability',
      en: 'The reduction in uncertainty about X from knowing Y, equal to the KL divergence between the joint and the product of marginals; zero iff X and Y are independent.',
      zh: '已知 Y 后 X 不确定性的减少量，等于联合分布与边缘分布乘积之间的 KL 散度；当且仅当 X、Y 独立时为零。',
      tex: String.raw`I(X;Y)=D_{\mathrm{KL}}\big(p(x,y)\,\|\,p(x)\,p(y)\big)=H(X)-H(X\mid Y)`,
    }],
  },
  {
    term: 'Variational inference',
    aliases: ['VI', '变分推断', 'variational Bayes', '变分贝叶斯', 'amortized inference'],
    senses: [{
      field: 'probability',
      en: 'Approximating an intractable posterior with the member of a tractable family q that maximises the ELBO, i.e. minimises KL(q ‖ p(z | x)); amortised VI (as in VAEs) predicts q with an encoder.',
      zh: '在易处理的分布族中寻找最大化 ELBO（即最小化 KL(q ‖ p(z | x))）的 q 来近似难解的后验；摊销变分推断（如 VAE）用编码器直接预测 q。',
      tex: String.raw`\log p(x)=\mathcal L_{\text{ELBO}}(q)+D_{\mathrm{KL}}\big(q(z)\,\|\,p(z\mid x)\big)`,
    }],
  },
  {
    term: 'Latent variable',
    aliases: ['隐变量', '潜变量', 'latent variables', 'latent', '潜在变量', 'marginal likelihood', '边缘似然', 'evidence', '证据'],
    senses: [{
      field: 'probability',
      en: 'An unobserved variable z that explains observed data through p(x | z); the model density p(x) is the marginal likelihood obtained by integrating z out, which is usually intractable.',
      zh: '通过 p(x | z) 解释观测数据的未观测变量 z；模型密度 p(x) 是把 z 积分掉得到的边缘似然，通常难以直接计算。',
      tex: String.raw`p_\theta(x)=\int p_\theta(x\mid z)\,p(z)\,dz`,
    }],
  },
  {
    term: 'Langevin dynamics',
    aliases: ['朗之万动力学', 'Langevin sampling', '朗之万采样', 'Langevin MCMC', 'annealed Langevin dynamics'],
    senses: [{
      field: 'probability',
      en: 'An MCMC sampler that follows the score ∇ log p(x) with small steps plus Gaussian noise; as steps shrink and iterations grow its samples converge to p, which is how score-based models sample.',
      zh: '沿得分 ∇ log p(x) 小步前进并加入高斯噪声的 MCMC 采样器；步长趋小、迭代足够多时样本收敛到 p，基于分数的生成模型即以此采样。',
      tex: String.raw`x_{k+1}=x_k+\frac{\eta}{2}\,\nabla_x\log p(x_k)+\sqrt{\eta}\,z_k,\qquad z_k\sim\mathcal N(0,I)`,
    }],
  },
  {
    term: "Tweedie's formula",
    aliases: ['Tweedie formula', 'Tweedie 公式', '特威迪公式'],
    senses: [{
      field: 'probability',
      en: 'For Gaussian corruption, the posterior mean of the clean signal equals the noisy observation plus the noise variance times the score; it links denoising (x_0 prediction) to score estimation.',
      zh: '对高斯加噪，干净信号的后验均值等于带噪观测加上噪声方差乘以得分；它把去噪（预测 x_0）与得分估计联系起来。',
      tex: String.raw`\mathbb E[x_0\mid x_t]=\frac{x_t+(1-\bar\alpha_t)\,\nabla_{x_t}\log p(x_t)}{\sqrt{\bar\alpha_t}}`,
    }],
  },
  {
    term: 'JS divergence',
    aliases: ['Jensen–Shannon divergence', 'Jensen-Shannon divergence', 'JS 散度', 'JS散度'],
    senses: [{
      field: 'probability',
      en: 'A symmetric, bounded divergence: the average KL of P and Q to their mixture M; the original GAN objective with an optimal discriminator minimises it.',
      zh: '对称且有界的散度：P 和 Q 分别到其混合分布 M 的 KL 散度的平均；最优判别器下原始 GAN 目标即在最小化它。',
      tex: String.raw`\mathrm{JS}(P\,\|\,Q)=\tfrac12D_{\mathrm{KL}}(P\,\|\,M)+\tfrac12D_{\mathrm{KL}}(Q\,\|\,M),\qquad M=\tfrac12(P+Q)`,
    }],
  },
  {
    term: 'Wasserstein distance',
    aliases: ['Earth Mover’s Distance', "Earth Mover's Distance", 'EMD', 'Wasserstein 距离', '推土机距离', 'W-distance', 'WGAN'],
    senses: [{
      field: 'probability',
      en: 'The minimum expected cost of transporting mass to turn P into Q (optimal transport); it stays informative when supports do not overlap, motivating WGAN.',
      zh: '把分布 P 搬运成 Q 所需的最小期望运输代价（最优传输）；两分布支撑集不重叠时仍能提供有效信息，这是 WGAN 的动机。',
      tex: String.raw`W_1(P,Q)=\inf_{\gamma\in\Pi(P,Q)}\mathbb E_{(x,y)\sim\gamma}\|x-y\|`,
    }],
  },
  {
    term: 'Gumbel-Softmax',
    aliases: ['Gumbel–Softmax', 'Gumbel softmax', 'Concrete distribution', 'Gumbel-Max trick', 'Gumbel 技巧'],
    senses: [{
      field: 'probability',
      en: 'A continuous relaxation of sampling from a categorical distribution: add Gumbel noise to the logits and apply a softmax with temperature τ, giving differentiable approximately one-hot samples (a reparameterisation for discrete variables).',
      zh: '对类别分布采样的连续松弛：在 logits 上加 Gumbel 噪声后做温度为 τ 的 softmax，得到可导的近似 one-hot 样本（离散变量的重参数化）。',
      tex: String.raw`y_i=\frac{\exp\big((\log\pi_i+g_i)/\tau\big)}{\sum_j\exp\big((\log\pi_j+g_j)/\tau\big)},\qquad g_i\sim\mathrm{Gumbel}(0,1)`,
    }],
  },
  {
    term: 'MCMC',
    aliases: ['Markov Chain Monte Carlo', '马尔可夫链蒙特卡洛', 'Metropolis–Hastings', 'Metropolis-Hastings', 'MH 算法', 'Gibbs sampling', '吉布斯采样'],
    senses: [{
      field: 'probability',
      expansion: 'Markov Chain Monte Carlo',
      en: 'Sampling from a distribution known up to a constant by simulating a Markov chain whose stationary distribution is the target, e.g. Metropolis–Hastings, Gibbs sampling or Langevin dynamics.',
      zh: '通过模拟平稳分布为目标分布的马尔可夫链，从只知道非归一化密度的分布中采样，如 Metropolis–Hastings、吉布斯采样或朗之万动力学。',
      tex: String.raw`A(x\to x')=\min\!\Big(1,\frac{p(x')\,q(x\mid x')}{p(x)\,q(x'\mid x)}\Big)`,
    }],
  },
  {
    term: 'Expectation and variance',
    aliases: ['expectation', '期望', 'variance', '方差', 'expected value', '数学期望'],
    senses: [{
      field: 'probability',
      en: 'The expectation is the probability-weighted mean of a random variable; the variance is the expected squared deviation from it.',
      zh: '期望是随机变量按概率加权的平均值；方差是随机变量偏离期望的平方的期望。',
      tex: String.raw`\mathbb E[X]=\int x\,p(x)\,dx,\qquad \operatorname{Var}(X)=\mathbb E[X^2]-\big(\mathbb E[X]\big)^2`,
    }],
  },
  {
    term: 'Conditional probability',
    aliases: ['条件概率', 'joint probability', '联合概率', 'marginal probability', '边缘概率', 'chain rule of probability', '概率链式法则'],
    senses: [{
      field: 'probability',
      en: 'The probability of A given that B occurred, the joint probability divided by the probability of B; repeated use gives the chain rule that factorises any joint distribution.',
      zh: '已知 B 发生时 A 的概率，等于联合概率除以 B 的概率；反复使用得到可分解任意联合分布的概率链式法则。',
      tex: String.raw`P(A\mid B)=\frac{P(A,B)}{P(B)},\qquad p(x_1,\dots,x_n)=\prod_{i=1}^{n}p(x_i\mid x_{<i})`,
    }],
  },
  {
    term: 'Wiener process',
    aliases: ['Brownian motion', '布朗运动', '维纳过程'],
    senses: [{
      field: 'probability',
      en: 'The continuous-time process with independent Gaussian increments whose variance equals the elapsed time; it is the noise term dw in the SDE formulation of diffusion models.',
      zh: '具有独立高斯增量、增量方差等于经过时间的连续时间随机过程；是扩散模型 SDE 表述中的噪声项 dw。',
      tex: String.raw`w_t-w_s\sim\mathcal N\big(0,(t-s)I\big),\qquad 0\le s<t`,
    }],
  },
  {
    term: 'Law of large numbers',
    aliases: ['LLN', '大数定律', 'central limit theorem', 'CLT', '中心极限定理'],
    senses: [{
      field: 'probability',
      en: 'The sample mean of i.i.d. variables converges to the true mean (law of large numbers), and its fluctuations, scaled by √n, become Gaussian (central limit theorem).',
      zh: '独立同分布变量的样本均值收敛到真实均值（大数定律），其按 √n 放大的波动趋于高斯分布（中心极限定理）。',
      tex: String.raw`\bar X_n\xrightarrow{\text{a.s.}}\mu,\qquad \sqrt n\,\big(\bar X_n-\mu\big)\xrightarrow{d}\mathcal N(0,\sigma^2)`,
    }],
  },
  {
    term: 'Bernoulli distribution',
    aliases: ['伯努利分布', 'Bernoulli', 'categorical distribution', '类别分布', 'binomial distribution', '二项分布'],
    senses: [{
      field: 'probability',
      en: 'The distribution of a single binary outcome with success probability p; the categorical distribution generalises it to K classes, the binomial counts successes over n trials.',
      zh: '成功概率为 p 的单次二元结果的分布；类别分布将其推广到 K 类，二项分布则统计 n 次试验中的成功次数。',
      tex: String.raw`P(X=k)=p^{k}(1-p)^{1-k},\qquad k\in\{0,1\}`,
    }],
  },

  // ───────────────────────── General deep learning ─────────────────────────
  {
    term: 'CNN',
    aliases: ['Convolutional Neural Network', 'ConvNet', '卷积神经网络', 'convolution', '卷积'],
    senses: [{
      field: 'general',
      expansion: 'Convolutional Neural Network',
      en: 'A network built from convolutions that apply small shared filters across positions, giving locality, translation equivariance and far fewer parameters than dense layers; the classic vision backbone.',
      zh: '由卷积构成的网络：在各位置共享小卷积核，具有局部性与平移等变性，参数量远少于全连接层；是经典的视觉主干。',
      tex: String.raw`y_{i,j}=\sum_{m,n}w_{m,n}\,x_{i+m,\,j+n}+b`,
    }],
  },
  {
    term: 'ResNet',
    aliases: ['Residual Network', '残差网络', 'ResNet-50', 'ResNet-101', 'WideResNet', 'WideResNet-101', 'WRN'],
    senses: [{
      field: 'general',
      expansion: 'Residual Network',
      en: 'A CNN made of residual blocks with identity shortcuts, which makes very deep networks (50–152 layers) trainable; ResNet-50/101 and WideResNet are common backbones and feature extractors.',
      zh: '由带恒等捷径的残差块构成的 CNN，使极深网络（50–152 层）得以训练；ResNet-50/101 和 WideResNet 是常用主干与特征提取器。',
    }],
  },
  {
    term: 'Residual connection',
    aliases: ['skip connection', 'shortcut connection', '残差连接', '跳跃连接', '捷径连接', 'residual block', '残差块'],
    senses: [{
      field: 'general',
      en: 'Adding a block’s input to its output so the block learns a residual; it gives gradients a direct path through depth and eases optimisation.',
      zh: '把模块的输入加到其输出上，使模块只需学习残差；为梯度提供穿过深度的直接通路，便于优化。',
      tex: String.raw`y=x+F(x)`,
    }],
  },
  {
    term: 'MLP',
    aliases: ['Multilayer Perceptron', 'multi-layer perceptron', '多层感知机', 'FFN', 'feed-forward network', '前馈网络', '前馈神经网络', 'fully connected layer', '全连接层'],
    senses: [{
      field: 'general',
      expansion: 'Multi-Layer Perceptron',
      en: 'Stacked fully connected layers with nonlinear activations; in a Transformer the position-wise FFN is a two-layer MLP with hidden width about 4× the model width.',
      zh: '由全连接层与非线性激活堆叠而成的网络；Transformer 中逐位置的 FFN 即隐藏维度约为模型维度 4 倍的两层 MLP。',
      tex: String.raw`\mathrm{FFN}(x)=W_2\,\sigma(W_1x+b_1)+b_2`,
    }],
  },
  {
    term: 'ViT',
    aliases: ['Vision Transformer', '视觉 Transformer', 'patch embedding', 'patchify', '图像分块'],
    senses: [{
      field: 'general',
      expansion: 'Vision Transformer',
      en: 'A Transformer encoder applied to an image split into fixed-size patches, each linearly embedded into a token with a position embedding (plus an optional class token).',
      zh: '把图像切分为固定大小的图像块，每块线性嵌入为一个 token 并加上位置嵌入（可另加类别 token），再送入 Transformer 编码器。',
      tex: String.raw`z_0=\big[x_{\text{cls}};\,x_p^{1}E;\,\dots;\,x_p^{N}E\big]+E_{\text{pos}},\qquad N=\frac{HW}{P^2}`,
    }],
  },
  {
    term: 'RNN',
    aliases: ['Recurrent Neural Network', '循环神经网络', '递归神经网络'],
    senses: [{
      field: 'general',
      expansion: 'Recurrent Neural Network',
      en: 'A network that processes a sequence step by step, updating a fixed-size hidden state from the previous state and the current input; inference is O(1) per step but training is sequential and prone to vanishing gradients.',
      zh: '逐步处理序列、由前一隐状态和当前输入更新固定大小隐状态的网络；推理每步 O(1)，但训练是串行的且易出现梯度消失。',
      tex: String.raw`h_t=\tanh\big(W_hh_{t-1}+W_xx_t+b\big)`,
    }],
  },
  {
    term: 'LSTM',
    aliases: ['Long Short-Term Memory', '长短期记忆网络', '长短时记忆', 'GRU'],
    senses: [{
      field: 'general',
      expansion: 'Long Short-Term Memory',
      en: 'An RNN cell with a memory cell and input, forget and output gates that control what is written, kept and read, greatly easing long-range learning; the GRU is a lighter two-gate variant.',
      zh: '带记忆单元以及输入门、遗忘门、输出门的 RNN 单元，门控决定写入、保留和读出的信息，大大缓解长程依赖学习困难；GRU 是只有两个门的轻量变体。',
      tex: String.raw`c_t=f_t\odot c_{t-1}+i_t\odot\tilde c_t,\qquad h_t=o_t\odot\tanh(c_t)`,
    }],
  },
  {
    term: 'GAN',
    aliases: ['Generative Adversarial Network', 'generative adversarial networks', '生成对抗网络', '对抗生成网络'],
    senses: [{
      field: 'general',
      expansion: 'Generative Adversarial Network',
      en: 'A generator maps noise to samples while a discriminator learns to tell them from real data; trained as a minimax game, it samples in one step but training can be unstable and suffer mode collapse.',
      zh: '生成器把噪声映射为样本，判别器学习区分其与真实数据，二者以极小极大博弈训练；一步即可采样，但训练可能不稳定并出现模式坍塌。',
      tex: String.raw`\min_G\max_D\ \mathbb E_{x\sim p_{\text{data}}}\big[\log D(x)\big]+\mathbb E_{z\sim p_z}\big[\log\big(1-D(G(z))\big)\big]`,
    }],
  },
  {
    term: 'Mode collapse',
    aliases: ['模式坍塌', '模式崩溃', 'mode dropping'],
    senses: [{
      field: 'general',
      en: 'A GAN failure in which the generator covers only a few modes of the data distribution, producing low-diversity, near-identical samples.',
      zh: 'GAN 的一种失败模式：生成器只覆盖数据分布的少数模式，输出多样性很低、彼此近似的样本。',
    }],
  },
  {
    term: 'Normalizing flow',
    aliases: ['normalizing flows', 'normalising flow', 'Flow', 'flow-based model', '流模型', '标准化流', '归一化流'],
    senses: [{
      field: 'general',
      en: 'A generative model built from a sequence of invertible maps with tractable Jacobian determinants, turning a simple base distribution into the data distribution; it gives exact likelihoods via the change-of-variables formula.',
      zh: '由一系列雅可比行列式易算的可逆变换组成的生成模型，把简单基分布变换为数据分布；借助变量替换公式可计算精确似然。',
      tex: String.raw`\log p_X(x)=\log p_Z\big(f(x)\big)+\log\Big|\det\frac{\partial f(x)}{\partial x}\Big|`,
    }],
  },
  {
    term: 'Autoencoder',
    aliases: ['auto-encoder', 'AE', '自编码器', '自动编码器'],
    senses: [{
      field: 'general',
      en: 'An encoder compresses the input into a lower-dimensional code and a decoder reconstructs the input from it, trained on reconstruction error; a nonlinear generalisation of PCA.',
      zh: '编码器把输入压缩为低维编码、解码器从编码重建输入，以重建误差训练；可视为 PCA 的非线性推广。',
      tex: String.raw`\min_{f,g}\ \mathbb E_x\big\|x-g(f(x))\big\|^2`,
    }],
  },
  {
    term: 'Softmax',
    aliases: ['softmax function', 'softmax 函数', '归一化指数函数'],
    senses: [{
      field: 'general',
      en: 'Maps a vector of real scores (logits) to a probability distribution by exponentiating and normalising; used for classification outputs and attention weights.',
      zh: '对实数得分（logits）取指数再归一化，将其映射为概率分布；用于分类输出和注意力权重。',
      tex: String.raw`\operatorname{softmax}(z)_i=\frac{e^{z_i}}{\sum_{j}e^{z_j}}`,
    }],
  },
  {
    term: 'ReLU',
    aliases: ['Rectified Linear Unit', '线性整流函数', '修正线性单元', 'activation function', '激活函数'],
    senses: [{
      field: 'general',
      expansion: 'Rectified Linear Unit',
      en: 'The activation max(0, x): cheap, non-saturating for positive inputs (helping against vanishing gradients), but units can "die" if they stay negative.',
      zh: '激活函数 max(0, x)：计算简单，正区间不饱和（有助于缓解梯度消失），但若输入一直为负，神经元可能“死亡”。',
      tex: String.raw`\mathrm{ReLU}(x)=\max(0,x)`,
    }],
  },
  {
    term: 'GELU',
    aliases: ['Gaussian Error Linear Unit', 'SiLU', 'Swish', 'SwiGLU'],
    senses: [{
      field: 'general',
      expansion: 'Gaussian Error Linear Unit',
      en: 'A smooth activation that weights the input by the standard normal CDF; used in BERT, GPT and ViT. SiLU/Swish uses the sigmoid instead, and SwiGLU is a gated FFN built on it.',
      zh: '按标准正态分布函数加权输入的平滑激活函数，用于 BERT、GPT、ViT；SiLU/Swish 改用 sigmoid 加权，SwiGLU 是基于它的门控前馈网络。',
      tex: String.raw`\mathrm{GELU}(x)=x\,\Phi(x),\qquad \mathrm{SiLU}(x)=x\,\sigma(x)`,
    }],
  },
  {
    term: 'Embedding',
    aliases: ['embeddings', '嵌入', '嵌入向量', 'word embedding', '词嵌入', 'token embedding'],
    senses: [{
      field: 'general',
      en: 'A learned dense vector representing a discrete item (token, class, timestep) or an input, placed so that similar items lie close together; an embedding layer is a lookup table.',
      zh: '表示离散对象（token、类别、时间步）或输入的可学习稠密向量，使相似对象彼此接近；嵌入层本质是查找表。',
    }],
  },
  {
    term: 'Receptive field',
    aliases: ['感受野', 'receptive fields'],
    senses: [{
      field: 'general',
      en: 'The region of the input that can influence a given unit’s activation; it grows with depth, kernel size, stride and dilation.',
      zh: '能够影响某个神经元激活的输入区域；随网络深度、卷积核大小、步长与空洞率增大而扩大。',
      tex: String.raw`r_l=r_{l-1}+(k_l-1)\prod_{i=1}^{l-1}s_i`,
    }],
  },
  {
    term: 'Self-supervised learning',
    aliases: ['SSL', 'self supervised learning', '自监督学习', '自监督'],
    senses: [{
      field: 'general',
      en: 'Learning representations from unlabelled data with pretext tasks whose targets come from the data itself, e.g. masked prediction, next-token prediction or contrastive matching of augmented views.',
      zh: '利用目标来自数据本身的代理任务（如掩码预测、下一个 token 预测、增强视图的对比匹配）从无标注数据中学习表示。',
    }],
  },
  {
    term: 'Generative model',
    aliases: ['生成模型', 'generative models', 'discriminative model', '判别模型'],
    senses: [{
      field: 'general',
      en: 'A model of the data distribution p(x) (or p(x | c)) from which new samples can be drawn, e.g. GANs, VAEs, flows, diffusion and autoregressive models; a discriminative model instead models p(y | x).',
      zh: '对数据分布 p(x)（或 p(x | c)）建模并可从中采样新样本的模型，如 GAN、VAE、流模型、扩散模型与自回归模型；判别模型则建模 p(y | x)。',
    }],
  },
  {
    term: 'Triton',
    aliases: ['OpenAI Triton', 'Triton kernel', 'Triton 内核'],
    senses: [{
      field: 'general',
      en: 'A Python-embedded language and compiler for writing GPU kernels at the level of blocks (tiles) rather than threads, used to implement fused kernels such as FlashAttention and linear-attention variants.',
      zh: '嵌入 Python 的 GPU 内核编程语言与编译器，以数据块（tile）而非线程为单位编写内核，常用于实现 FlashAttention、线性注意力等融合算子。',
    }],
  },
];
