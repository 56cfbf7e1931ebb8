## 第 5 节：训练循环。

lede =
    训练就是把上一节的梯度下降一步步重复下去：在训练文本上算损失，往下坡走一步，再来一次。这里有个小模型从四十个短句中学习，就在你的浏览器里实时进行；你可以看着它学会，然后学过头。

## 手机上固定显示的图表副本：标题。
pinned-train-loss = 训练损失与验证损失

summary = 第 { $step } 步：训练损失 { $train }，验证损失 { $validation }。

## 卡片：在网页里训练一个模型
train-title = 在网页里训练一个模型
train-text =
    这个模型是一张二元语法表：每个词一行逻辑值（logit），给可能紧随其后的每个词打分。句子已按空格切分成词，所以这里的词元（token）就是词。每一步梯度下降把每一行移动 −lr (p − y)，在训练句子的所有相邻词对上取平均。验证句子从不参与训练：它们的损失说明模型在没见过的文本上表现如何。
slider-lr = 学习率
slider-train-size = 训练句子数
slider-speed = 每秒步数
buttons-label = 训练
button-pause = ‖ 暂停
button-start = ▶ 开始
button-step = 单步
button-reset = 重置
readout-steps = 步数
readout-train-loss = 训练损失（困惑度）
readout-val-loss = 验证损失（困惑度）
status = { $sizes }{ $progress }
status-sizes =
    { $train ->
       *[other] { $train } 个训练句子
    }，{ $validation ->
       *[other] { $validation } 个验证句子
    }，词表共 { $words } 个词。
status-start = 两条损失都从 ln V 起步：这是给每个词平均分配概率的模型的损失。
status-overfitting =
    验证损失在第 { $step } 步最低（{ $loss }），此后一直回升，而训练损失还在下降：模型在死记训练句子，而不是学习语言。
status-finished = 训练到 { $max } 步时已停止。
curve-train = 训练损失
curve-validation = 验证损失
axis-step = 步
axis-loss = 平均交叉熵（nats）
overfitting-mark = ↑ 过拟合：验证损失回升
loss-caption =
    每一步之后的训练损失（实线）和验证损失（虚线）。训练句子少时，验证损失会回升，而训练损失继续下降；图中标出了这个位置。
loss-label = 训练损失和验证损失随步数的变化
loss-table = 每一步的损失
column-step = 步
column-train-loss = 训练损失
column-val-loss = 验证损失

## 卡片：模型预测什么
predict-title = 模型预测什么
predict-text =
    表中每一行是一组逻辑值，softmax 把它变成模型对下一个词的猜测。选一个它刚读到的词；训练进行时，柱会随之变化。
predict-after-word = 前一个词
end-mark = { "。" }
predict-start-word = 在
predict-caption = 按目前的训练结果，最可能的八个下一个词及其概率。
predict-label = 训练后模型的下一个词概率
predict-table = 训练后模型的下一个词分布
column-next-word = 下一个词
column-logit = 逻辑值
column-probability = 概率
use-logits-label = 使用这些逻辑值
open-in-softmax = 在 softmax 试验区打开这些逻辑值
open-in-sampling = ……或从中采样

## 卡片：每个位置都有损失
positions-title = 每个位置都有损失
positions-text =
    语言模型在文本的每个位置上同时训练：每个词都由它前面的词来预测，文本的损失就是各位置损失的平均值。
positions-example =
    手算一遍：逻辑值为 [3, 1, 0]、正确词元是第二个的位置，损失为 { $first }；逻辑值为 [0.5, 0, 2]、第三个正确的位置，损失为 { $second }。整个序列的损失是两者的平均值 { $mean }。
sequence = 猫 坐 在 垫子 上。
answer-only =
    微调：只计回答部分（提示词是前 { $count ->
       *[other] { $count } 个词
    }“{ $prompt }”）
positions-table = “{ $sequence }”每个位置的损失
column-reads = 读入
column-predicts = 预测
column-loss = 损失
column-counted = 计入
counted-yes = 是
counted-no = 否：提示词
row-mean = 平均

## 训练文本：模型学习用的句子（词与词之间用一个空格隔开）
corpus-01 = 猫 坐 在 垫子 上。
corpus-02 = 狗 坐 在 毯子 上。
corpus-03 = 猫 吃 了 鱼。
corpus-04 = 狗 吃 了 骨头。
corpus-05 = 一只 鸟 在 树 上 唱歌。
corpus-06 = 太阳 很 暖和。
corpus-07 = 猫 喜欢 晒 太阳。
corpus-08 = 狗 喜欢 去 公园。
corpus-09 = 鸟 停 在 树 上。
corpus-10 = 猫 睡 在 垫子 上。
corpus-11 = 狗 睡 在 门 旁边。
corpus-12 = 太阳 出来 了。
corpus-13 = 猫 很 软。
corpus-14 = 狗 很 开心。
corpus-15 = 鸟 很 小。
corpus-16 = 鱼 在 池塘 里 游。
corpus-17 = 一只 猫 跑 到 门 旁边。
corpus-18 = 一只 狗 在 公园 里 跑。
corpus-19 = 猫 看见 了 鸟。
corpus-20 = 狗 看见 了 猫。
corpus-21 = 鸟 看见 了 鱼。
corpus-22 = 垫子 是 红色 的。
corpus-23 = 毯子 是 蓝色 的。
corpus-24 = 太阳 很 亮。
corpus-25 = 猫 在 阳光 下 打盹。
corpus-26 = 狗 在 毯子 上 打盹。
corpus-27 = 鸟 飞 到 树 上。
corpus-28 = 鱼 在 池塘 里。
corpus-29 = 一只 猫 坐 在 门 旁边。
corpus-30 = 狗 跑 到 猫 旁边。
corpus-31 = 猫 爬 到 树 上。
corpus-32 = 太阳 落 山 了。
corpus-33 = 鸟 吃 了 种子。
corpus-34 = 狗 吃 了 大 骨头。
corpus-35 = 猫 在 垫子 上。
corpus-36 = 狗 在 毯子 上。
corpus-37 = 一只 小 鸟 在 唱歌。
corpus-38 = 开心 的 狗 在 跑。
corpus-39 = 小 猫 睡 着 了。
corpus-40 = 暖和 的 阳光 照 在 垫子 上。

## 先预测与挑战：题目。
predict-few = 只用 5 个句子训练。验证损失会怎样变化？
predict-rate = 把学习率调大到十倍，从 0.5 到 5。训练曲线会怎样？
challenge-stop = 在验证损失最低点前后 50 步之内暂停训练。
