## 粘贴框：“粘贴模型的输出”。产品名和 API 的参数、字段名保持原样。

percent = { $value }%

## 输入框。
box-label = 你的模型输出
box-hint =
    来自 OpenAI（chat、completions 或 Responses）、vLLM、Ollama、llama.cpp、Hugging Face TGI 或 Gemini 的带对数概率的 JSON，它们的流式数据块，或每行一个“词元 逻辑值”的文本。最多 2 MB。文本只留在本页，不会放进链接（你用到的词元会，和平时一样）。
read = 读取
use = 在试验区中使用
example = 试一个示例
reading = 正在读取……
read-first = 请先读取：把模型的输出粘贴到上方，再点“读取”。

## 如何获取对数概率。
how-to-ask = 如何从你的 API 获取对数概率
ask-completions = { $logprobs }（最多可设为 20）
ask-llama = { $n_probs }；加上 { $post } 可得到经过其采样器之后的概率
ask-streams = 流式输出也可以：把每一行“{ $data }”或 Ollama 的各行按原样粘贴进来。

## 读取结果概览。
read-candidates = 格式：{ $format }。共 { $count } 个候选。
read-answer = 格式：{ $format }。回答共 { $tokens } 个词元，其中 { $with } 个列出了备选词元。
summary-tokens = 词元数
summary-loss = 每个词元的平均损失
summary-perplexity = 困惑度
unscored = { $tokens } 个词元中有 { $unscored } 个没有给出概率；损失和困惑度按其余 { $scored } 个计算。
perplexity-meaning =
    困惑度 { $perplexity } 表示：平均而言，模型每一步的犹豫程度，相当于在 { $perplexity } 个词元中等概率地随机选一个。
least-confident = 最没把握的词元：
strip-label = 逐个词元显示的回答：选一个词元，查看模型在该处列出的备选
token-quoted = “{ $token }”
token-probability = { $token }，{ $probability }
token-no-probability = { $token }，未给出概率
legend-label = 模型给所选词元的概率：
band-90 = 90% 及以上
band-50 = 50%–90%
band-20 = 20%–50%
band-0 = 低于 20%
band-none = 未给出
table-summary = 以表格查看回答
table-caption = 回答中的每个词元、模型给它的概率及其损失 −ln p
column-step = 步
column-token = 词元

## 选中的位置。
pasted-list = 粘贴的列表
step-heading = 第 { $step } 步，共 { $steps } 步：模型选了“{ $token }”
alternatives-caption = 此处列出的 { $count } 个最可能的词元，即送入试验区的内容
column-logit-ln-p = 逻辑值：ln p
column-logit-playground = 试验区中的逻辑值
column-p-among = 在这些词元中的 p
mass-listed =
    模型在此处给这 { $count } 个词元的概率合计 { $share }；其余 { $rest } 分给了响应中没有列出的词元。试验区在列出的词元之间重新分配全部概率，所以上面每个 p 都比模型给的略大。
logits-as-given = 这些是原样给出的逻辑值：试验区会把它们送入 softmax。
candidates-listed = 共列出 { $listed } 个候选；试验区取其中最可能的 { $max } 个。
use-step = 在试验区中使用这一步
step-none = 第 { $step } 步：响应在此处列出的候选不足两个，没有可比较的。请另选一个词元。

## 送入试验区时发生了什么（点“使用”之后）。
explain-read = 格式：{ $format }。{ $listed } 个词元带有数值，{ $kept } 个进入试验区。
explain-logits = 按原样当作逻辑值使用：softmax 会把它们变成概率。
explain-too-much =
    它们的概率加起来是 { $mass }，超过 100%，不可能来自同一个分布；试验区把它们当作逻辑值使用。
explain-logprobs =
    这些是对数概率：ln p = z − ln Σ eᶻ，即每个逻辑值减去模型整个词表上的 log-sum-exp。所有逻辑值减去同一个数，softmax 不变，所以对它们做 softmax 就会还原出模型自己的概率。
explain-probs = 这些是概率，所以每个逻辑值取 ln p：对 ln p 做 softmax 得到的是 p 除以所列 p 之和。
explain-mass =
    这里的 { $kept } 个词元占模型概率的 { $share }；词表中其余词元占 { $rest }。试验区在列出的词元之间重新归一化，这正是 k = { $kept } 的 top-k 采样的做法。
explain-kept = 试验区最多容纳 { $max } 个词元，所以保留了 { $listed } 个中最可能的 { $kept } 个。
explain-dropped = 舍弃了 { $count } 个没有有限数值的词元（NaN、无穷大或概率为 0）。
explain-shifted =
    滑块范围是 { $min } 到 { $max }，所以每个值都平移了 { $shift }；所有逻辑值平移同样的量，softmax 不变。
explain-raised = 平移后仍有 { $count } 个词元低于 { $floor }，被设为 { $floor }，所以它们极小的概率略微变大了。
explain-later = 之后的各节（采样、损失、梯度、常见陷阱）现在都使用这些词元，分享链接也会带上它们。

## 读取时额外做了什么（第一行下方的小字）。
note-stream = 由 { $count } 个数据块组成的流，已作为一个回答读取。
note-left-out = 舍弃了 { $count } 个值为 −9999 的候选：服务器用它表示“未计算”，它不是对数概率。
note-cut = 只保留前 { $max } 个位置；另有 { $cut } 个被舍弃。

## 粘贴框能读取的格式（“格式：”之后的名称）。
format-lines = “词元 逻辑值”文本行
format-numbers = 逻辑值列表
format-json-object = 逻辑值的 JSON 对象
format-json-numbers = 逻辑值的 JSON 数组
format-json-top-logprobs = 对数概率的 JSON 列表
format-openai-chat = OpenAI 兼容的 chat completion
format-openai-legacy = OpenAI 兼容的旧版 completion
format-llama-cpp = 带对数概率的 llama.cpp completion
format-llama-cpp-probs = 带概率的 llama.cpp completion
format-openai-responses = OpenAI Responses API 响应
format-ollama = Ollama 响应
format-tgi = Hugging Face TGI 响应
format-gemini = Gemini 响应

## 粘贴内容的问题（红字，显示在输入框下方）。
too-large = 文本有 { $size } MB；试验区最多读取 { $max } MB。
empty = 请先粘贴一些逻辑值：例如每行一个“猫 2.0”。
only-comments = 只有注释和空行：没有找到逻辑值。
no-real-logprobs = 每个位置列出的真实对数概率都不足两个（−9999 表示“未计算”）。
line-no-number = 第 { $line } 行：“{ $text }”后面没有数值。
line-no-number-after = 第 { $line } 行：“{ $text }”之后没有数值。
line-not-number = 第 { $line } 行：“{ $text }”不是数值。
line-too-large = 第 { $line } 行：“{ $text }”太大，不能作为逻辑值。
json-ends-early = JSON 在第 { $at } 个字符处提前结束：末尾缺了内容。
json-more-after = JSON 值在第 { $at } 个字符处结束后还有内容（第 { $line } 行，第 { $column } 列，'{ $found }'）。
json-too-deep = JSON 在第 { $at } 个字符处嵌套超过 { $depth } 层（第 { $line } 行，第 { $column } 列，'{ $found }'）。
json-unexpected = JSON 在第 { $at } 个字符处有意外的字符（第 { $line } 行，第 { $column } 列，'{ $found }'）。
json-bad-number = JSON 在第 { $at } 个字符处有格式错误的数字（第 { $line } 行，第 { $column } 列，'{ $found }'）。
json-needs-comma-array = JSON 在第 { $at } 个字符处需要逗号或 ]（第 { $line } 行，第 { $column } 列，'{ $found }'）。
json-needs-comma-object = JSON 在第 { $at } 个字符处需要逗号或 {"}"}（第 { $line } 行，第 { $column } 列，'{ $found }'）。
json-needs-key = JSON 在第 { $at } 个字符处需要一个带引号的键（第 { $line } 行，第 { $column } 列，'{ $found }'）。
json-needs-colon = JSON 在第 { $at } 个字符处需要在键后加冒号（第 { $line } 行，第 { $column } 列，'{ $found }'）。
json-unknown-escape = JSON 在第 { $at } 个字符处的 \ 之后有未知的转义（第 { $line } 行，第 { $column } 列，'{ $found }'）。
json-bad-unicode = JSON 在第 { $at } 个字符处的 \u 转义有误，应为四位十六进制数字（第 { $line } 行，第 { $column } 列，'{ $found }'）。
stream-line = 流的第 { $line } 行：{ $error }
stream-no-logprobs = 这个流中没有带对数概率的数据块：请向服务器请求（见输入框下方的格式说明）。
json-object-empty = 这个 JSON 对象是空的。
json-object-not-number = 在这个 JSON 对象中，“{ $key }”的值不是数值。
json-array-empty = 这个 JSON 数组是空的。
json-array-other = 这个 JSON 数组里有数值或 { $pair } 对以外的内容。
json-unknown =
    这个 JSON 不属于试验区能读取的任何格式：词元逻辑值的对象、数值数组，或带对数概率的响应（OpenAI chat、completions 或 Responses，llama.cpp，Ollama，Hugging Face TGI 或 Gemini）。
no-logprobs = 这个响应中没有 { $field }：请用 { $ask } 和 { $top } 请求。
no-logprobs-gemini = 这个响应中没有 { $field }：请在生成配置中用 { $ask } 和 { $top } 请求。
no-top =
    这个响应中没有 { $field }：请用 { $chat }（chat、Responses、Ollama）、{ $legacy }（旧版 completions）、{ $llama }（llama.cpp）、{ $tgi }（TGI）请求，或在生成配置中用 { $gemini } 请求（Gemini）。
one-token = 每个位置只列出了一个词元；请把 { $field } 设为 2 或更大。
prob-out-of-range = 概率必须在 0 到 1 之间；“{ $token }”的值是 { $value }。
too-few = 试验区至少需要 { $min } 个带有限数值的词元；这里只有 { $listed } 个。
empty-token = （空）
