## 构建时直接写进页面的文字，课程运行时从不另行获取。
-brand = Softmax Lab

loading = 正在加载滑块和图表……
text-load-failed = 无法加载课程文字。请检查网络连接，然后重新加载页面。
no-script = 本课的滑块、图表和问题需要 JavaScript 和 WebAssembly：请启用它们再来试试。
app-title = { -brand }：softmax、温度、top-p 与交叉熵
app-description = 一堂关于 softmax、温度、top-p 采样和交叉熵损失的交互式课程：拖动逻辑值（logit），看概率、采样结果和损失如何随之变化。
app-short-description = 一堂关于 softmax、温度、top-p 采样和交叉熵损失的交互式课程。
