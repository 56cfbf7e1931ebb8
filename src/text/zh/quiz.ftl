## 第 9 节：自我检测。

lede =
    这些小题覆盖本课的每一节，从 softmax、采样到梯度、训练、数值稳定性、注意力和常见陷阱；每次换一组新题，数字都会变。可以用纸笔、计算器或前面各节的滑块来算。8 题答对 6 题即可通过，本课也会标记为已完成。

## 得分。

score = 答对 { $right } 题（已答 { $answered } 题，共 { $total } 题）。
score-passed = 答对 { $right } 题（已答 { $answered } 题，共 { $total } 题）。你通过了：本课已标记为完成。
score-not-yet = 答对 { $right } 题（已答 { $answered } 题，共 { $total } 题）。还没通过：换一组新题再试试。
best-score = 你之前已通过这次检测，正确率 { $percent }%。随时可以换新题再做。
new-questions = 换一组新题

## 一道题。

question-number = 第 { $number } 题，共 { $total } 题 · { $section }
your-answer = 你的答案
check = 检查
feedback-right = ✓ 正确。{ $reason }
feedback-wrong = ✗ 不太对，答案是：{ $solution }。{ $reason }
feedback-pick = 请先选一个答案。
feedback-type = 请输入一个数，如 { $example } 或 { $negative }。

## 题目中的三个词元。

token-cat = 猫
token-dog = 狗
token-bird = 鸟

## 第 1 节：softmax。

softmax-prompt =
    猫、狗、鸟的逻辑值分别是 { $z-cat }、{ $z-dog } 和 { $z-bird }。softmax 给{ $token }的概率是多少？保留两位小数即可。

shift-prompt = 逻辑值 { $z1 }、{ $z2 } 和 { $z3 } 都加上 { $shift }。概率会怎样？
shift-option-same = 完全不变
shift-option-up = 全都变大
shift-option-uniform = 趋向均匀分布
shift-option-sharper = 最大的变大，其余的变小

## 第 2 节：温度与采样。

temperature-prompt =
    猫、狗、鸟的逻辑值分别是 { $z-cat }、{ $z-dog } 和 { $z-bird }。温度 T = { $t } 时，猫的概率是多少？保留两位小数即可。

placement-prompt = 某个采样器使用温度 T = { $t }。T 在流程的哪个环节起作用？
placement-option-logits = 在 softmax 之前，把逻辑值除以 T
placement-option-probabilities = 在 softmax 之后，把概率除以 T
placement-option-added = 加到每个逻辑值上
placement-option-loss = 只改变损失

top-p-prompt =
    五个词元的概率分别是 { $p1 }、{ $p2 }、{ $p3 }、{ $p4 } 和 { $p5 }。p = { $top-p } 的 top-p 会保留几个词元？
top-p-totals-separator = { "、" }

min-p-prompt =
    五个词元的概率分别是 { $p1 }、{ $p2 }、{ $p3 }、{ $p4 } 和 { $p5 }。min_p = { $min-p } 的 min-p 会保留几个词元？

## 第 3 节：交叉熵。

loss-prompt =
    在“猫坐”这个例子中，模型给正确的词“坐”的概率是 { $p }。交叉熵损失是多少 nats？保留两位小数即可。

perplexity-prompt = 在一个句子上，平均交叉熵为每个词元 { $loss } nats。困惑度是多少？保留一位小数即可。

ranking-prompt = 三个模型预测下一个词。哪个预测的交叉熵损失最大？
ranking-option-wrong = 给某个错误的词概率 { $on-wrong }，给正确的词 { $on-correct }
ranking-option-sure = 给正确的词概率 { $on-correct }
ranking-option-even = 在 { $words } 个词（含正确的词）上各给概率 1/{ $words }
ranking-option-same = 三者损失相同

smoothing-prompt =
    一个 { $classes } 类的分类器按 PyTorch 中 label_smoothing 的做法，用标签平滑 ε = { $epsilon } 训练。正确类别的目标概率是多少？保留两位小数即可。

distillation-prompt =
    教师模型给两个错误的词“狗”和“鸟”的逻辑值分别是 { $z-dog } 和 { $z-bird }。在蒸馏温度 T = { $t } 下的软目标中，“狗”的概率是“鸟”的几倍？保留两位小数即可。

## 第 4 节：梯度。

gradient-prompt =
    猫、狗、鸟的逻辑值分别是 { $z-cat }、{ $z-dog } 和 { $z-bird }，正确的词是{ $correct }。交叉熵损失对{ $asked }的逻辑值的梯度是多少？保留两位小数即可。

step-prompt =
    猫、狗、鸟的逻辑值分别是 { $z-cat }、{ $z-dog } 和 { $z-bird }，正确的词是{ $correct }。梯度下降的一步会从每个逻辑值中减去 lr · (p − y)。哪个逻辑值下降得最多？
step-option-logit = { $token }的逻辑值
step-option-none = 都不是：每个逻辑值都会上升

## 第 5 节：训练循环。

answer-prompt =
    一个训练样本的提示词有两个词，回答有三个词。五个位置的损失依次是 { $l1 } 和 { $l2 }（提示词），然后是 { $l3 }、{ $l4 } 和 { $l5 }（回答）。微调只计算回答部分：这个样本的损失是多少？保留两位小数即可。

overfit-prompt =
    模型训练时，训练损失一直在下降。验证损失在第 { $best-step } 步最低（{ $best-loss } nats），之后不断上升，到第 { $step-now } 步已是 { $loss-now } nats。这是怎么回事？
overfit-option-overfitting = 过拟合：模型在死记硬背训练集里的句子
overfit-option-learning-rate = 学习率太小，训练没有进展
overfit-option-underfitting = 欠拟合：模型相对数据来说太小
overfit-option-leak = 模型一定在验证集上训练过

## 第 6 节：数值稳定性。

overflow-prompt =
    一个朴素的 softmax 以 { $precision } 精度计算每个逻辑值的 e^z。下面哪个逻辑值是唯一一个 e^z 会上溢为无穷大的？

logsumexp-prompt =
    逻辑值为 { $z1 }、{ $z2 } 和 { $z3 }。它们的 log-sum-exp，即 ln(e^z₁ + e^z₂ + e^z₃)，是多少？保留两位小数即可。

## 第 7 节：注意力中的 softmax。

scaled-prompt =
    一个原始注意力分数 q · k 为 { $score }，查询向量和键向量都有 d_k = { $dk } 个分量。缩放之后，softmax 看到的分数是多少？保留两位小数即可。

leak-prompt =
    在解码器中，第一个词对自身的分数（已缩放）为 { $score }。一个 bug 把它之后四个词的分数设成了 0，而不是 −∞。它的注意力有多大比例泄漏到了这些后面的词上？保留两位小数即可。

## 第 8 节：常见陷阱。

twice-prompt =
    猫、狗、鸟的逻辑值分别是 { $z-cat }、{ $z-dog } 和 { $z-bird }，正确的词是{ $correct }。一个 bug 先做了一次 softmax，再把概率传给一个会再做一次 softmax 的损失函数。它报告的损失是多少？保留两位小数即可。

sigmoid-prompt =
    一张照片里可以同时有猫和狗。模型对“猫”和“狗”两个标签的逻辑值分别是 { $z-cat } 和 { $z-dog }。哪种输出表示每个标签的可能性有多大？
sigmoid-option-sigmoid = 每个标签各用一个 sigmoid，互不相干：猫 { $sigmoid-cat }，狗 { $sigmoid-dog }
sigmoid-option-softmax = 对两个标签做一次 softmax：猫 { $p-cat }，狗 { $p-dog }
sigmoid-option-logits = 逻辑值本身：猫 { $z-cat }，狗 { $z-dog }
sigmoid-option-temperature = 用更高的温度做一次 softmax，让概率分得更均匀
