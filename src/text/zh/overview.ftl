## 第 0 节：总览。

lede =
    语言模型一次写一个词元（token）。每写一个，它先把一个很长的特征向量变成词表中每个词的一个分数，再把分数变成概率；生成时据此选出一个词，训练时则衡量自己错了多少。下面一步步来看。

## 流程的各个步骤。
step-transformer = Trans­former
step-hidden = 隐状态
step-logits = 逻辑值
step-softmax = softmax
step-sample = 采样或打分
step-gradient = 梯度
pipeline-label = 整个流程：从 Transformer 到梯度
explained-in = 详见
section-link = { $number }. { $title }

transformer-title = 1. Transformer 块读取提示词
transformer-text =
    提示词“猫坐在”先被切分成词元。几十个 Transformer 块借助注意力在各个位置之间交换信息，而注意力本身就是一个 softmax。
transformer-example = 提示词：<q>猫坐在</q> → 下一个词元是什么？

hidden-title = 2. 最后一个位置的隐状态
hidden-text =
    模型对“接下来是什么”的全部了解，都压缩在最后一个位置的一个向量里，这个向量约有 { $size } 个数。
hidden-note = （随机值，仅作示意；共 { $size } 个）

logits-title = 3. 线性层为每个词元给出一个逻辑值
logits-text =
    用权重矩阵乘以 h，就得到词表中每一项的一个分数，即逻辑值（logit），大约有 { $vocab } 个。逻辑值可以是任意实数。试验区只保留其中 { $count } 个：
logits-chart = 逻辑值：每个词元一个分数

softmax-title = 4. softmax 把逻辑值变成概率
softmax-text = 对每个逻辑值取指数，再除以总和：每个值都落在 0 到 1 之间，且总和为 1。
softmax-chart = softmax 之后的概率

sample-title = 5. 采样一个词元，或给正确词元打分
sample-text =
    模型生成文本时，按这些概率随机抽取一个词元。学习时，真正的下一个词元是已知的，损失就是模型给它的概率的负对数。
sample-drawn = 用随机种子 { $seed } 抽到：<strong>{ $token }</strong>
sample-loss = 如果正确词元是<strong>{ $token }</strong>：损失 = −ln { $probability } = <strong>{ $loss }</strong> nats
sample-chart = 概率；抽中的词元已高亮

gradient-title = 6. 梯度反向传播
gradient-text =
    损失对每个逻辑值的梯度就是 p − y：正确词元是概率减 1，其余词元是概率减 0。梯度沿线性层和每个块反向传回，把所有权重都微调一点。
gradient-chart = 梯度 p − y；正确词元已高亮

## 先预测：问题（其余内容见 predict.ftl）。
predict-step = 流程中的哪一步把模型的分数变成概率？

## 延伸阅读，在总览的末尾。
references-title = 延伸阅读
ref-after-who = { "，" }
ref-after-title = { "。" }
ref-vaswani-who = Vaswani 等，2017
ref-vaswani-what =
    Transformer，以缩放点积注意力为基础：带因果掩码的 QK⊤ / √d_k 的 softmax（第 7 节）。
ref-holtzman-who = Holtzman 等，2020
ref-holtzman-what = 核采样（top-p）：保留概率之和达到 p 的最小词元集合（第 2 节）。
ref-nguyen-who = Nguyen 等，2025
ref-nguyen-what =
    min-p 采样：保留概率不低于最大词元概率某一固定比例的词元，这道门槛随模型的置信度而变（第 2 节）。
ref-hinton-who = Hinton、Vinyals 和 Dean，2015
ref-hinton-what =
    用带温度的 softmax 把大模型的输出软化成小模型学习的目标，并乘以 T²，使损失的推动力大小不变（第 3 节）。
ref-szegedy-who = Szegedy 等，2016
ref-szegedy-what =
    标签平滑：以 (1 − ε) 独热向量 + ε/K 为目标训练，让模型不再无休止地推高正确的逻辑值（第 3 节）。
ref-goodfellow-who = Goodfellow、Bengio 和 Courville，2016
ref-goodfellow-what =
    教科书式地讲解 softmax 输出、交叉熵、梯度下降，以及如何计算它们而不上溢（第 1、3、4、6 节）。
