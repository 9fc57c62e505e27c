<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgentTiles</name>
    <message>
        <location filename="../pages/run/agent_tiles.py" line="128"/>
        <source>No agent on duty</source>
        <translation>无客服在岗</translation>
    </message>
</context>
<context>
    <name>AssignmentsPage</name>
    <message>
        <location filename="../trainer/assignments_page.py" line="207"/>
        <source>Assigned: {n}</source>
        <translation>已布置: {n}</translation>
    </message>
    <message>
        <location filename="../trainer/assignments_page.py" line="252"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../trainer/assignments_page.py" line="253"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../trainer/assignments_page.py" line="254"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../trainer/assignments_page.py" line="255"/>
        <source>Passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <location filename="../trainer/assignments_page.py" line="260"/>
        <location filename="../trainer/assignments_page.py" line="279"/>
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../trainer/assignments_page.py" line="261"/>
        <location filename="../trainer/assignments_page.py" line="278"/>
        <source>Script</source>
        <translation>剧本</translation>
    </message>
    <message>
        <location filename="../trainer/assignments_page.py" line="262"/>
        <location filename="../trainer/assignments_page.py" line="280"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../trainer/assignments_page.py" line="263"/>
        <location filename="../trainer/assignments_page.py" line="281"/>
        <source>Pass mark</source>
        <translation>及格分</translation>
    </message>
    <message>
        <location filename="../trainer/assignments_page.py" line="264"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../trainer/assignments_page.py" line="265"/>
        <source>Best</source>
        <translation>最好成绩</translation>
    </message>
    <message>
        <location filename="../trainer/assignments_page.py" line="266"/>
        <source>Attempts</source>
        <translation>练习次数</translation>
    </message>
    <message>
        <location filename="../trainer/assignments_page.py" line="267"/>
        <location filename="../trainer/assignments_page.py" line="282"/>
        <source>Assigned by</source>
        <translation>布置人</translation>
    </message>
    <message>
        <location filename="../trainer/assignments_page.py" line="272"/>
        <source>My assignments ({name})</source>
        <translation>我的任务({name})</translation>
    </message>
    <message>
        <location filename="../trainer/assignments_page.py" line="274"/>
        <source>My assignments</source>
        <translation>我的任务</translation>
    </message>
    <message>
        <location filename="../trainer/assignments_page.py" line="277"/>
        <source>Assign a script (supervisor)</source>
        <translation>布置剧本(主管)</translation>
    </message>
    <message>
        <location filename="../trainer/assignments_page.py" line="283"/>
        <source>supervisor&apos;s name</source>
        <translation>主管姓名</translation>
    </message>
    <message>
        <location filename="../trainer/assignments_page.py" line="284"/>
        <source>Assign</source>
        <translation>布置</translation>
    </message>
    <message>
        <location filename="../trainer/assignments_page.py" line="285"/>
        <source>Nothing assigned to you.</source>
        <translation>你还没有被布置任务。</translation>
    </message>
    <message>
        <location filename="../trainer/assignments_page.py" line="286"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../trainer/assignments_page.py" line="293"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
</context>
<context>
    <name>AuthorityCard</name>
    <message>
        <location filename="../trainer/cards.py" line="128"/>
        <source>Your authority</source>
        <translation>你的权限</translation>
    </message>
    <message>
        <location filename="../trainer/cards.py" line="133"/>
        <source>a full refund of the order is allowed</source>
        <translation>可以全额退款</translation>
    </message>
    <message>
        <location filename="../trainer/cards.py" line="135"/>
        <source>no full refund of the order</source>
        <translation>不可全额退款</translation>
    </message>
    <message>
        <location filename="../trainer/cards.py" line="138"/>
        <source>Coupon up to</source>
        <translation>优惠券上限</translation>
    </message>
    <message>
        <location filename="../trainer/cards.py" line="139"/>
        <source>Cash refund up to</source>
        <translation>现金补偿上限</translation>
    </message>
    <message>
        <location filename="../trainer/cards.py" line="140"/>
        <source>Order refund</source>
        <translation>订单退款</translation>
    </message>
    <message>
        <location filename="../trainer/cards.py" line="143"/>
        <source>Anything above this: escalate to a supervisor.</source>
        <translation>超出以上权限:升级给主管。</translation>
    </message>
    <message>
        <location filename="../trainer/cards.py" line="146"/>
        <source>Never</source>
        <translation>绝不可以</translation>
    </message>
</context>
<context>
    <name>BriefPage</name>
    <message>
        <location filename="../trainer/brief_page.py" line="124"/>
        <source>Exam: no coaching hints and no model answers; a countdown shows the time each reply may take.</source>
        <translation>考试:没有辅导提示,不显示参考答案;倒计时显示每条回复的时限。</translation>
    </message>
    <message>
        <location filename="../trainer/brief_page.py" line="131"/>
        <source>Practice: a coaching hint after each reply, better phrasings in the scorecard.</source>
        <translation>练习:每条回复后有辅导提示,评分卡给出更好的说法。</translation>
    </message>
    <message>
        <location filename="../trainer/brief_page.py" line="137"/>
        <source>Brief: {title}</source>
        <translation>情景介绍:{title}</translation>
    </message>
    <message>
        <location filename="../trainer/brief_page.py" line="138"/>
        <source>Mode:</source>
        <translation>模式:</translation>
    </message>
    <message>
        <location filename="../trainer/brief_page.py" line="139"/>
        <source>Practice</source>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../trainer/brief_page.py" line="140"/>
        <source>Exam</source>
        <translation>考试</translation>
    </message>
    <message>
        <location filename="../trainer/brief_page.py" line="141"/>
        <source>From the bot:</source>
        <translation>来自机器人:</translation>
    </message>
    <message>
        <location filename="../trainer/brief_page.py" line="142"/>
        <source>Warm (transcript shown)</source>
        <translation>热转接(显示记录)</translation>
    </message>
    <message>
        <location filename="../trainer/brief_page.py" line="143"/>
        <source>You see what the customer already told the bot</source>
        <translation>你能看到顾客已经告诉机器人的内容</translation>
    </message>
    <message>
        <location filename="../trainer/brief_page.py" line="144"/>
        <source>Cold (nothing shown)</source>
        <translation>冷转接(不显示)</translation>
    </message>
    <message>
        <location filename="../trainer/brief_page.py" line="145"/>
        <source>The customer must tell you again: compare the scores</source>
        <translation>顾客要再说一遍:比较两种分数</translation>
    </message>
    <message>
        <location filename="../trainer/brief_page.py" line="146"/>
        <source>← Other script</source>
        <translation>← 换一个剧本</translation>
    </message>
    <message>
        <location filename="../trainer/brief_page.py" line="147"/>
        <source>Start the chat</source>
        <translation>开始对话</translation>
    </message>
</context>
<context>
    <name>CalibratePage</name>
    <message>
        <location filename="../pages/calibrate_page.py" line="133"/>
        <source>Everything but demand comes from the scenario in the editor: {name}</source>
        <translation>除需求外,其余设置均取自编辑器中的场景:{name}</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="141"/>
        <source>Open hourly history</source>
        <translation>打开小时历史数据</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="141"/>
        <source>Hourly history (*.csv)</source>
        <translation>小时历史数据 (*.csv)</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="164"/>
        <source>No history open: open an hourly export (CSV).</source>
        <translation>尚未打开历史数据:请打开按小时导出的 CSV。</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="168"/>
        <source>History: {file} ({hours} hourly rows, {days} days)</source>
        <translation>历史数据:{file} ({hours} 行小时数据,{days} 天)</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="202"/>
        <source>Fitting volume, hourly profile and promo days (pilot runs)…</source>
        <translation>正在拟合进线量、时段分布与大促日 (试运行)…</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="203"/>
        <source>Simulating the fitted scenario to compare with the history…</source>
        <translation>正在仿真拟合后的场景,与历史数据对比…</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="204"/>
        <source>Fitted.</source>
        <translation>拟合完成。</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="205"/>
        <source>Cancelled; no fit.</source>
        <translation>已取消;没有拟合结果。</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="243"/>
        <source>Save fitted scenario</source>
        <translation>保存拟合场景</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="243"/>
        <source>Scenario files (*.yaml *.yml)</source>
        <translation>场景文件 (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="260"/>
        <source>{path}: shipped scenarios are read-only; choose another name</source>
        <translation>{path}:内置场景为只读,请换一个文件名</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="272"/>
        <source>Saved the fitted scenario to {path}</source>
        <translation>已将拟合场景保存到 {path}</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="280"/>
        <source>Cannot open the fitted scenario in the editor.</source>
        <translation>无法在编辑器中打开拟合场景。</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="283"/>
        <source>The fitted scenario is in the editor; Undo brings the previous one back.</source>
        <translation>拟合场景已在编辑器中打开;撤销可恢复之前的场景。</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="304"/>
        <source>History</source>
        <translation>历史数据</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="305"/>
        <source>Fitted scenario, simulated</source>
        <translation>拟合场景 (仿真)</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="306"/>
        <source>Hour of day</source>
        <translation>时段 (点)</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="308"/>
        <source>Sessions per hour</source>
        <translation>每小时会话数</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="309"/>
        <source>Handed off to agents per hour</source>
        <translation>每小时转人工会话数</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="310"/>
        <source>Mean first response (s)</source>
        <translation>平均首次响应时长 (秒)</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="312"/>
        <source>not in the history</source>
        <translation>历史数据中没有此列</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="326"/>
        <source>Open history CSV…</source>
        <translation>打开历史数据 CSV…</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="327"/>
        <source>Open the example shop</source>
        <translation>打开示例店铺</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="328"/>
        <source>Seed:</source>
        <translation>随机种子:</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="329"/>
        <source>Fit again</source>
        <translation>重新拟合</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="330"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="331"/>
        <source>Save fitted scenario…</source>
        <translation>保存拟合场景…</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="332"/>
        <source>Open in the editor</source>
        <translation>在编辑器中打开</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="335"/>
        <source>Hour</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="336"/>
        <source>Sessions
history</source>
        <translation>会话数
历史</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="337"/>
        <source>Sessions
fit</source>
        <translation>会话数
拟合</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="338"/>
        <source>Handoffs
history</source>
        <translation>转人工
历史</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="339"/>
        <source>Handoffs
fit</source>
        <translation>转人工
拟合</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="340"/>
        <source>First response (s)
history</source>
        <translation>首次响应 (秒)
历史</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="341"/>
        <source>First response (s)
fit</source>
        <translation>首次响应 (秒)
拟合</translation>
    </message>
</context>
<context>
    <name>CandidatesPanel</name>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="163"/>
        <source>team</source>
        <translation>全队</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="164"/>
        <source>After training ({who})</source>
        <translation>培训后({who})</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="206"/>
        <source>Scenario files (*.yaml *.yml)</source>
        <translation>场景文件 (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="211"/>
        <source>Baseline scenario</source>
        <translation>基线场景</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="215"/>
        <source>Whole team</source>
        <translation>全队</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="218"/>
        <location filename="../pages/compare/candidates_panel.py" line="224"/>
        <source>After training</source>
        <translation>培训后</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="218"/>
        <source>Whose recent scores:</source>
        <translation>用谁的近期得分:</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="225"/>
        <source>Share of agents trained (0-1):</source>
        <translation>受训客服占比(0-1):</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="235"/>
        <source>Alternative scenario</source>
        <translation>备选场景</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="242"/>
        <source>{name}  (copy of the editor&apos;s scenario)</source>
        <translation>{name}(编辑器中场景的副本)</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="260"/>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="261"/>
        <source>Pin the editor&apos;s scenario</source>
        <translation>固定编辑器中的场景</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="262"/>
        <source>Open file…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="263"/>
        <source>Alternatives</source>
        <translation>备选方案</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="264"/>
        <source>Add the editor&apos;s scenario as alternative</source>
        <translation>把编辑器中的场景加为备选</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="265"/>
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="266"/>
        <source>Add shipped</source>
        <translation>添加内置场景</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="267"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="268"/>
        <source>Add “after training” from the trainer&apos;s store…</source>
        <translation>从陪练记录添加“培训后”方案…</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="271"/>
        <source>The editor&apos;s scenario with agents at the level the trainees&apos; recent role-play scores map to (docs/training-roi.md): compare it with today for the training ROI</source>
        <translation>编辑器中的场景,客服水平按学员近期陪练得分换算(见 docs/training-roi.md):与现状对比即得培训回报</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="275"/>
        <source>Load selected into the editor</source>
        <translation>把所选载入编辑器</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="277"/>
        <source>Replace the editor&apos;s scenario with the selected alternative (undoable)</source>
        <translation>用所选备选替换编辑器中的场景(可撤销)</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <location filename="../trainer/chat_page.py" line="167"/>
        <source>Try again from turn {n}. Last time you wrote: {text}</source>
        <translation>从第{n}轮重新来。上次你写的是:{text}</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="183"/>
        <source>The bot handed this chat to you. Its transcript is not shown (cold).</source>
        <translation>机器人把这个对话转给了你。不显示机器人的聊天记录(冷转接)。</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="186"/>
        <source>The bot&apos;s conversation before the handoff</source>
        <translation>转人工前与机器人的对话</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="193"/>
        <source>Handed to you: {reason}</source>
        <translation>转给你:{reason}</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="203"/>
        <source>A reply is at most {n} characters; send it as shorter messages.</source>
        <translation>一条回复最多 {n} 个字, 请分成几条短消息发送。</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="331"/>
        <source>Getting ready to read your reply (only on first use)…</source>
        <translation>正在准备读懂你的回复(仅首次使用时需要)…</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="257"/>
        <source>Coach: {hint}</source>
        <translation>教练:{hint}</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="272"/>
        <location filename="../trainer/chat_page.py" line="358"/>
        <source>{name} is typing…</source>
        <translation>{name}正在输入…</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="292"/>
        <source>The conversation has ended: {ending}.</source>
        <translation>对话结束:{ending}。</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="316"/>
        <source>Time left {s:.1f} s</source>
        <translation>剩余 {s:.1f} 秒</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="318"/>
        <source>Over time by {s:.1f} s</source>
        <translation>已超时 {s:.1f} 秒</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="321"/>
        <source>Reply time {s:.1f} s</source>
        <translation>回复用时 {s:.1f} 秒</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="334"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="335"/>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>回车发送,Shift+回车换行</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="336"/>
        <source>End and score</source>
        <translation>结束并评分</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="338"/>
        <source>Stop here: the session is scored as the customer leaving</source>
        <translation>到此结束:按顾客离开评分</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="340"/>
        <source>See your scorecard</source>
        <translation>查看评分卡</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="342"/>
        <source>Type your reply. Enter sends, Shift+Enter starts a new line.</source>
        <translation>输入回复。回车发送,Shift+回车换行。</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="344"/>
        <source>Mood</source>
        <translation>情绪</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="345"/>
        <source>The customer&apos;s anger: green calm, red furious</source>
        <translation>顾客的怒气:绿色平静,红色暴怒</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="350"/>
        <source>Exam</source>
        <translation>考试</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="350"/>
        <source>Practice</source>
        <translation>练习</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../trainer/bubbles.py" line="170"/>
        <source>I was misread…</source>
        <extracomment>Bubble colours by role; ``highlight`` marks the turn a scorecard line points to.</extracomment>
        <translation>判断有误…</translation>
    </message>
    <message>
        <location filename="../trainer/bubbles.py" line="171"/>
        <source>Mark the moves this reply should have been read as</source>
        <translation>标出这条回复本应被识别成的动作</translation>
    </message>
    <message>
        <location filename="../trainer/bubbles.py" line="172"/>
        <source>Try again from here</source>
        <translation>从这里重来</translation>
    </message>
    <message>
        <location filename="../trainer/bubbles.py" line="173"/>
        <source>Replay the replies before this one, then answer anew</source>
        <translation>重放此前的回复,然后重新回答这一轮</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <location filename="../trainer/choose_page.py" line="249"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../trainer/choose_page.py" line="254"/>
        <source>Question</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../trainer/choose_page.py" line="246"/>
        <source>Pre-sale</source>
        <translation>售前</translation>
    </message>
    <message>
        <location filename="../trainer/choose_page.py" line="247"/>
        <source>Logistics</source>
        <translation>物流</translation>
    </message>
    <message>
        <location filename="../trainer/choose_page.py" line="248"/>
        <source>After-sale</source>
        <translation>售后</translation>
    </message>
    <message>
        <location filename="../trainer/choose_page.py" line="259"/>
        <source>Choose a customer to practise with</source>
        <translation>选择要练习的顾客</translation>
    </message>
    <message>
        <location filename="../trainer/choose_page.py" line="260"/>
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../trainer/choose_page.py" line="261"/>
        <source>Your name (type a new one to add it)</source>
        <translation>你的名字(输入新名字即可添加)</translation>
    </message>
    <message>
        <location filename="../trainer/choose_page.py" line="262"/>
        <location filename="../trainer/choose_page.py" line="281"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../trainer/choose_page.py" line="263"/>
        <location filename="../trainer/choose_page.py" line="282"/>
        <source>Difficulty</source>
        <translation>难度</translation>
    </message>
    <message>
        <location filename="../trainer/choose_page.py" line="265"/>
        <location filename="../trainer/choose_page.py" line="268"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../trainer/choose_page.py" line="280"/>
        <source>Script</source>
        <translation>剧本</translation>
    </message>
    <message>
        <location filename="../trainer/choose_page.py" line="283"/>
        <source>Intent</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../trainer/choose_page.py" line="284"/>
        <source>Your best</source>
        <translation>最好成绩</translation>
    </message>
    <message>
        <location filename="../trainer/choose_page.py" line="285"/>
        <source>Attempts</source>
        <translation>练习次数</translation>
    </message>
    <message>
        <location filename="../trainer/choose_page.py" line="288"/>
        <source>Read the brief →</source>
        <translation>查看情景介绍 →</translation>
    </message>
    <message>
        <location filename="../trainer/choose_page.py" line="292"/>
        <source>Script files that could not be loaded</source>
        <translation>无法加载的剧本文件</translation>
    </message>
    <message>
        <location filename="../trainer/choose_page.py" line="294"/>
        <source>Fix them (kefulab validate FILE) to see them here.</source>
        <translation>修正后(kefulab validate 文件)即可在此看到。</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <location filename="../pages/compare_page.py" line="138"/>
        <source>Add at least one alternative to compare.</source>
        <translation>请至少添加一个备选方案再对比。</translation>
    </message>
    <message>
        <location filename="../pages/compare_page.py" line="157"/>
        <source>Starting worker processes: {n}…</source>
        <translation>正在启动工作进程:{n}…</translation>
    </message>
    <message>
        <location filename="../pages/compare_page.py" line="164"/>
        <source>{done} of {total} runs done</source>
        <translation>已完成 {done}/{total} 次运行</translation>
    </message>
    <message>
        <location filename="../pages/compare_page.py" line="171"/>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location filename="../pages/compare_page.py" line="179"/>
        <source>Cancelled: too few replications finished to pair ({n} runs).</source>
        <translation>已取消:完成的重复太少,无法配对({n} 次运行)。</translation>
    </message>
    <message>
        <location filename="../pages/compare_page.py" line="186"/>
        <source>Cancelled: showing the {n} replications every scenario finished.</source>
        <translation>已取消:显示所有场景都完成的 {n} 次重复。</translation>
    </message>
    <message>
        <location filename="../pages/compare_page.py" line="206"/>
        <source>Cannot load {name} into the editor.</source>
        <translation>无法把 {name} 载入编辑器。</translation>
    </message>
    <message>
        <location filename="../pages/compare_page.py" line="211"/>
        <source>Loaded {name} into the editor; Undo brings the previous scenario back.</source>
        <translation>已把 {name} 载入编辑器;撤销可恢复之前的场景。</translation>
    </message>
    <message>
        <location filename="../pages/compare_page.py" line="235"/>
        <source>No comparison yet</source>
        <translation>暂无对比</translation>
    </message>
    <message>
        <location filename="../pages/compare_page.py" line="238"/>
        <source>Pin a baseline, add alternatives (the editor&apos;s scenario after a change, files or shipped scenarios) and run them on the same random numbers.</source>
        <translation>固定一个基线,添加备选方案(修改后的编辑器场景、文件或内置场景),用相同的随机数运行。</translation>
    </message>
    <message>
        <location filename="../pages/compare_page.py" line="244"/>
        <source>{n} scenarios · seed {seed} · replications: {reps}</source>
        <translation>{n} 个场景 · 随机种子 {seed} · 重复:{reps}</translation>
    </message>
    <message>
        <location filename="../pages/compare_page.py" line="249"/>
        <source>Each alternative minus the baseline, paired by replication (common random numbers), with its 95% CI. * the interval excludes 0: green is better for the shop, red worse.</source>
        <translation>各备选减去基线,按重复配对(共同随机数),附 95% 置信区间。* 表示区间不含 0:绿色对店铺更好,红色更差。</translation>
    </message>
    <message>
        <location filename="../pages/compare_page.py" line="254"/>
        <source>Cancelled early: fewer replications than asked.</source>
        <translation>提前取消:重复次数少于要求。</translation>
    </message>
    <message>
        <location filename="../pages/compare_page.py" line="259"/>
        <source>Replications:</source>
        <translation>重复次数:</translation>
    </message>
    <message>
        <location filename="../pages/compare_page.py" line="260"/>
        <source>Seed:</source>
        <translation>随机种子:</translation>
    </message>
    <message>
        <location filename="../pages/compare_page.py" line="261"/>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../pages/compare_page.py" line="262"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../pages/compare_page.py" line="263"/>
        <source>Paired differences</source>
        <translation>配对差值</translation>
    </message>
    <message>
        <location filename="../pages/compare_page.py" line="264"/>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../pages/compare_page.py" line="265"/>
        <source>Return on investment</source>
        <translation>投资回报</translation>
    </message>
    <message>
        <location filename="../pages/compare_page.py" line="268"/>
        <source>Per day: the alternative&apos;s money per simulated day minus the baseline&apos;s; per month: 30 days. Payback: the alternative&apos;s one-off cost divided by its daily profit gain.</source>
        <translation>每天:备选方案每个仿真日的金额减去基线;每月:按 30 天。回本期:备选的一次性投入除以每日利润增加。</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <location filename="../trainer/cards.py" line="87"/>
        <source>The customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location filename="../trainer/cards.py" line="91"/>
        <source>Name</source>
        <translation>称呼</translation>
    </message>
    <message>
        <location filename="../trainer/cards.py" line="91"/>
        <source>Member level</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../trainer/cards.py" line="93"/>
        <source>Manner</source>
        <translation>性格</translation>
    </message>
    <message>
        <location filename="../trainer/cards.py" line="99"/>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
</context>
<context>
    <name>DiagnosticWords</name>
    <message>
        <location filename="../diagnostic_words.py" line="27"/>
        <source>must be at least {n}</source>
        <translation>应不小于 {n}</translation>
    </message>
    <message>
        <location filename="../diagnostic_words.py" line="31"/>
        <source>must be above {n}</source>
        <translation>应大于 {n}</translation>
    </message>
    <message>
        <location filename="../diagnostic_words.py" line="35"/>
        <source>must be at most {n}</source>
        <translation>应不大于 {n}</translation>
    </message>
    <message>
        <location filename="../diagnostic_words.py" line="39"/>
        <source>must be below {n}</source>
        <translation>应小于 {n}</translation>
    </message>
    <message>
        <location filename="../diagnostic_words.py" line="43"/>
        <source>must be a finite number</source>
        <translation>应为有限数值</translation>
    </message>
    <message>
        <location filename="../diagnostic_words.py" line="47"/>
        <source>must be a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <location filename="../diagnostic_words.py" line="51"/>
        <source>must be a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <location filename="../diagnostic_words.py" line="55"/>
        <source>must be on or off (true/false)</source>
        <translation>应为开或关（true/false）</translation>
    </message>
    <message>
        <location filename="../diagnostic_words.py" line="59"/>
        <source>must be text</source>
        <translation>应为文本</translation>
    </message>
    <message>
        <location filename="../diagnostic_words.py" line="63"/>
        <source>must be a list</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <location filename="../diagnostic_words.py" line="67"/>
        <source>must be a group of fields</source>
        <translation>应为一组字段</translation>
    </message>
    <message>
        <location filename="../diagnostic_words.py" line="71"/>
        <source>must be one of {n}</source>
        <translation>应为以下之一：{n}</translation>
    </message>
    <message>
        <location filename="../diagnostic_words.py" line="75"/>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <location filename="../diagnostic_words.py" line="79"/>
        <source>required field is missing</source>
        <translation>缺少必填字段</translation>
    </message>
    <message>
        <location filename="../diagnostic_words.py" line="84"/>
        <source>the schedule needs 24 hourly headcounts</source>
        <translation>排班需要 24 个小时的人数</translation>
    </message>
    <message>
        <location filename="../diagnostic_words.py" line="90"/>
        <source>needs 24 hourly weights (00:00-23:00)</source>
        <translation>需要 24 个小时权重（00:00–23:00）</translation>
    </message>
    <message>
        <location filename="../diagnostic_words.py" line="100"/>
        <source>allowed here: {n}</source>
        <translation>此处可用：{n}</translation>
    </message>
    <message>
        <location filename="../diagnostic_words.py" line="104"/>
        <source>did you mean {n}?</source>
        <translation>是否想输入 {n}？</translation>
    </message>
    <message>
        <location filename="../diagnostic_words.py" line="120"/>
        <source>{text}, got {value}</source>
        <translation>{text}，当前为 {value}</translation>
    </message>
    <message>
        <location filename="../diagnostic_words.py" line="144"/>
        <source>{message} ({hint})</source>
        <translation>{message}（{hint}）</translation>
    </message>
</context>
<context>
    <name>DifferencesTable</name>
    <message>
        <location filename="../pages/compare/tables.py" line="101"/>
        <source>KPI</source>
        <extracomment>Text colour of a significant change, by :func:`change_style`. Longest scenario name shown whole in a column header.</extracomment>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../pages/compare/tables.py" line="101"/>
        <source>baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <location filename="../pages/compare/tables.py" line="102"/>
        <source>minus the baseline</source>
        <translation>减基线</translation>
    </message>
</context>
<context>
    <name>DimensionView</name>
    <message>
        <location filename="../trainer/dimensions.py" line="175"/>
        <source>Blocks a pass</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <location filename="../trainer/dimensions.py" line="179"/>
        <source>{score:g} of {max:g}</source>
        <translation>{score:g} / {max:g}</translation>
    </message>
    <message>
        <location filename="../trainer/dimensions.py" line="190"/>
        <source>(no words of yours)</source>
        <translation>(没有你的原话)</translation>
    </message>
    <message>
        <location filename="../trainer/dimensions.py" line="192"/>
        <source> (turn {n})</source>
        <translation>(第{n}轮)</translation>
    </message>
    <message>
        <location filename="../trainer/dimensions.py" line="193"/>
        <source>Your words: {words}</source>
        <translation>你的原话:{words}</translation>
    </message>
    <message>
        <location filename="../trainer/dimensions.py" line="199"/>
        <source>Better: {text}</source>
        <translation>更好的说法:{text}</translation>
    </message>
    <message>
        <location filename="../trainer/dimensions.py" line="203"/>
        <source>{key}: {value}</source>
        <translation>{key}:{value}</translation>
    </message>
    <message>
        <location filename="../trainer/dimensions.py" line="213"/>
        <source>Knowledge-base fact not stated: {facts}</source>
        <translation>没有说出的知识库事实:{facts}</translation>
    </message>
    <message>
        <location filename="../trainer/dimensions.py" line="220"/>
        <source>Points lost: {losses}</source>
        <translation>失分:{losses}</translation>
    </message>
    <message>
        <location filename="../trainer/dimensions.py" line="229"/>
        <source>{move} missing</source>
        <translation>缺少{move}</translation>
    </message>
    <message>
        <location filename="../trainer/dimensions.py" line="231"/>
        <source>{move} too early</source>
        <translation>{move}过早</translation>
    </message>
</context>
<context>
    <name>DistWords</name>
    <message>
        <location filename="../pages/scenario/dist_edit.py" line="36"/>
        <source>mean {n} s</source>
        <translation>均值 {n} 秒</translation>
    </message>
    <message>
        <location filename="../pages/scenario/dist_edit.py" line="38"/>
        <source>mean {n}</source>
        <translation>均值 {n}</translation>
    </message>
    <message>
        <location filename="../pages/scenario/dist_edit.py" line="41"/>
        <source>CV {n}</source>
        <translation>变异系数 {n}</translation>
    </message>
    <message>
        <location filename="../pages/scenario/dist_edit.py" line="43"/>
        <source>exponential</source>
        <translation>指数分布</translation>
    </message>
    <message>
        <location filename="../pages/scenario/dist_edit.py" line="44"/>
        <source>lognormal</source>
        <translation>对数正态分布</translation>
    </message>
    <message>
        <location filename="../pages/scenario/dist_edit.py" line="45"/>
        <source>gamma</source>
        <translation>伽马分布</translation>
    </message>
    <message>
        <location filename="../pages/scenario/dist_edit.py" line="46"/>
        <source>geometric</source>
        <translation>几何分布</translation>
    </message>
    <message>
        <location filename="../pages/scenario/dist_edit.py" line="47"/>
        <source>1 + Poisson</source>
        <translation>1 + 泊松分布</translation>
    </message>
    <message>
        <location filename="../pages/scenario/dist_edit.py" line="50"/>
        <location filename="../pages/scenario/dist_edit.py" line="65"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../pages/scenario/dist_edit.py" line="54"/>
        <source>always {n}</source>
        <translation>固定为 {n}</translation>
    </message>
    <message>
        <location filename="../pages/scenario/dist_edit.py" line="56"/>
        <source>uniform from {low} to {high}</source>
        <translation>{low} 到 {high} 之间均匀分布</translation>
    </message>
    <message>
        <location filename="../pages/scenario/dist_edit.py" line="64"/>
        <source>one of {values}</source>
        <translation>取值之一：{values}</translation>
    </message>
</context>
<context>
    <name>FitSummary</name>
    <message>
        <location filename="../pages/calibrate/fit_summary.py" line="27"/>
        <source>{days} days fitted: {observed:,.0f} sessions per ordinary day, of which {first:,.0f} first contacts (re-contact factor {factor:.3f}); busiest hour {peak:02d}:00 ({share:.1f}% of the day).</source>
        <translation>已拟合 {days} 天:平日每天 {observed:,.0f} 个会话,其中首次进线 {first:,.0f} 个 (重复进线系数 {factor:.3f});最忙时段 {peak:02d}:00 (占全天 {share:.1f}%)。</translation>
    </message>
    <message>
        <location filename="../pages/calibrate/fit_summary.py" line="43"/>
        <source>Promo days: {days}.</source>
        <translation>大促日:{days}。</translation>
    </message>
    <message>
        <location filename="../pages/calibrate/fit_summary.py" line="44"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../pages/calibrate/fit_summary.py" line="47"/>
        <source>Left out (not 24 hours): {days}.</source>
        <translation>未纳入 (不满 24 小时):{days}。</translation>
    </message>
</context>
<context>
    <name>FlowView</name>
    <message>
        <location filename="../pages/run/flow_view.py" line="47"/>
        <source>keyword</source>
        <translation>敏感词</translation>
    </message>
    <message>
        <location filename="../pages/run/flow_view.py" line="48"/>
        <source>asked for a human</source>
        <translation>要求转人工</translation>
    </message>
    <message>
        <location filename="../pages/run/flow_view.py" line="49"/>
        <source>emotion</source>
        <translation>情绪激动</translation>
    </message>
    <message>
        <location filename="../pages/run/flow_view.py" line="50"/>
        <source>failed answers</source>
        <translation>多次答不上</translation>
    </message>
    <message>
        <location filename="../pages/run/flow_view.py" line="51"/>
        <source>no bot</source>
        <translation>无机器人</translation>
    </message>
    <message>
        <location filename="../pages/run/flow_view.py" line="57"/>
        <source>bars and % of all arrivals, warm-up included</source>
        <translation>条形与百分比：占全部到达，含预热期</translation>
    </message>
    <message>
        <location filename="../pages/run/flow_view.py" line="62"/>
        <source>Arrived</source>
        <translation>进线</translation>
    </message>
    <message>
        <location filename="../pages/run/flow_view.py" line="63"/>
        <source>With the bot now</source>
        <translation>正与机器人对话</translation>
    </message>
    <message>
        <location filename="../pages/run/flow_view.py" line="64"/>
        <source>Resolved by the bot</source>
        <translation>机器人解决</translation>
    </message>
    <message>
        <location filename="../pages/run/flow_view.py" line="65"/>
        <source>Left at the bot</source>
        <translation>在机器人处流失</translation>
    </message>
    <message>
        <location filename="../pages/run/flow_view.py" line="66"/>
        <source>Handed off</source>
        <translation>转人工</translation>
    </message>
    <message>
        <location filename="../pages/run/flow_view.py" line="72"/>
        <source>Abandoned in the queue</source>
        <translation>排队放弃</translation>
    </message>
    <message>
        <location filename="../pages/run/flow_view.py" line="73"/>
        <source>Resolved (bot and human)</source>
        <translation>已解决(机器人与人工)</translation>
    </message>
    <message>
        <location filename="../pages/run/flow_view.py" line="74"/>
        <source>Ordered</source>
        <translation>下单</translation>
    </message>
</context>
<context>
    <name>GridBox</name>
    <message>
        <location filename="../pages/sweep/grid_box.py" line="57"/>
        <location filename="../pages/sweep/grid_box.py" line="131"/>
        <source>(none)</source>
        <extracomment>the field the first chooser starts on, when the scenario has it second fields tried for a small 2 x 2 grid (the snapshot&apos;s), in order</extracomment>
        <translation>(无)</translation>
    </message>
    <message>
        <location filename="../pages/sweep/grid_box.py" line="112"/>
        <source>Choose two different fields.</source>
        <translation>请选择两个不同的字段。</translation>
    </message>
    <message>
        <location filename="../pages/sweep/grid_box.py" line="117"/>
        <source>Fields and values</source>
        <translation>字段与取值</translation>
    </message>
    <message>
        <location filename="../pages/sweep/grid_box.py" line="118"/>
        <source>Field 1 (across):</source>
        <translation>字段 1 (横轴):</translation>
    </message>
    <message>
        <location filename="../pages/sweep/grid_box.py" line="119"/>
        <source>Field 2 (up):</source>
        <translation>字段 2 (纵轴):</translation>
    </message>
    <message>
        <location filename="../pages/sweep/grid_box.py" line="121"/>
        <source>Values:</source>
        <translation>取值:</translation>
    </message>
    <message>
        <location filename="../pages/sweep/grid_box.py" line="124"/>
        <source>Values as on the command line: a list (2,3,4 or true,false) or a range START:STOP:STEP (8:16:2 gives 8, 10, 12, 14, 16).</source>
        <translation>取值写法与命令行相同:列表 (2,3,4 或 true,false),或范围 起点:终点:步长 (8:16:2 即 8、10、12、14、16)。</translation>
    </message>
</context>
<context>
    <name>HandoffCard</name>
    <message>
        <location filename="../trainer/cards.py" line="204"/>
        <source>What the bot collected</source>
        <translation>机器人收集到的信息</translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <location filename="../trainer/history_export.py" line="40"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../trainer/history_export.py" line="42"/>
        <source>Every session with its scores, UTF-8 with BOM so Excel shows Chinese</source>
        <translation>每次练习及各项得分; UTF-8 带 BOM, Excel 打开中文不乱码</translation>
    </message>
    <message>
        <location filename="../trainer/history_export.py" line="53"/>
        <source>team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../trainer/history_export.py" line="63"/>
        <source>{n} session(s) written to {path}</source>
        <translation>已导出 {n} 次练习到 {path}</translation>
    </message>
    <message>
        <location filename="../trainer/history_export.py" line="70"/>
        <source>Export history as CSV</source>
        <translation>导出练习记录为 CSV</translation>
    </message>
    <message>
        <location filename="../trainer/history_export.py" line="72"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>JobPage</name>
    <message>
        <location filename="../pages/job_page.py" line="74"/>
        <source>Failed.</source>
        <translation>失败。</translation>
    </message>
    <message>
        <location filename="../pages/job_page.py" line="97"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>KbPanel</name>
    <message>
        <location filename="../trainer/kb_panel.py" line="116"/>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location filename="../trainer/kb_panel.py" line="117"/>
        <source>Search: a keyword or the customer&apos;s question</source>
        <translation>搜索:关键词或顾客的问题</translation>
    </message>
    <message>
        <location filename="../trainer/kb_panel.py" line="118"/>
        <source>Insert into reply</source>
        <translation>插入回复</translation>
    </message>
    <message>
        <location filename="../trainer/kb_panel.py" line="120"/>
        <source>Put this answer into your reply (double-click works too)</source>
        <translation>把这条答案放进回复框(双击也可以)</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <location filename="../pages/run/kpi_tiles.py" line="69"/>
        <source>of handed-off chats that ended</source>
        <extracomment>(KPI catalogue name, Snapshot field) of the tiles, in display order</extracomment>
        <translation>占已结束的转人工会话</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="159"/>
        <source>(none)</source>
        <extracomment>Sidebar icons by page key (standard icons, so nothing to ship); others get a plain file icon.</extracomment>
        <translation>(无)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="169"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="170"/>
        <source>The scenario has unsaved changes. Save them first?</source>
        <translation>场景有未保存的修改。先保存吗?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="189"/>
        <source>Save scenario as</source>
        <translation>场景另存为</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="189"/>
        <location filename="../main_window.py" line="204"/>
        <source>Scenario files (*.yaml *.yml)</source>
        <translation>场景文件 (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="204"/>
        <source>Open scenario</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="244"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="255"/>
        <source>About KefuLab</source>
        <translation>关于 KefuLab</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="261"/>
        <source>KefuLab %1: a simulation workbench for e-commerce customer service. Edit a scenario, watch a day play out, and read the results with their uncertainty.</source>
        <translation>KefuLab(客服沙盘)%1:电商客服仿真工作台。编辑场景,观看一天的运行,并查看带不确定度的结果。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="276"/>
        <source> (read-only)</source>
        <translation>(只读)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="283"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="284"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="289"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="290"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="291"/>
        <source>Open &amp;shipped scenario</source>
        <translation>打开内置场景(&amp;S)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="296"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="297"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="298"/>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="299"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="300"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="302"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="303"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="304"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="305"/>
        <source>&amp;About KefuLab</source>
        <translation>关于 KefuLab(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../widgets/message_bar.py" line="68"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>MisreadDialog</name>
    <message>
        <location filename="../trainer/misread.py" line="41"/>
        <source>I was misread: turn {n}</source>
        <translation>判断有误:第{n}轮</translation>
    </message>
    <message>
        <location filename="../trainer/misread.py" line="44"/>
        <source>Tick what this reply really does. It was read as: {moves}</source>
        <translation>勾选这条回复实际做到的动作。系统识别为:{moves}</translation>
    </message>
    <message>
        <location filename="../trainer/misread.py" line="64"/>
        <source>Note (optional)</source>
        <translation>备注(可选)</translation>
    </message>
</context>
<context>
    <name>OrderCard</name>
    <message>
        <location filename="../trainer/cards.py" line="108"/>
        <source>The order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../trainer/cards.py" line="113"/>
        <source>No order: the customer has not bought yet.</source>
        <translation>没有订单:顾客还没有购买。</translation>
    </message>
    <message>
        <location filename="../trainer/cards.py" line="115"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../trainer/cards.py" line="115"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../pages/__init__.py" line="37"/>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <location filename="../pages/__init__.py" line="38"/>
        <source>Run and watch</source>
        <translation>运行与观察</translation>
    </message>
    <message>
        <location filename="../pages/__init__.py" line="39"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../pages/__init__.py" line="40"/>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../pages/__init__.py" line="41"/>
        <source>Sweep</source>
        <translation>参数扫描</translation>
    </message>
    <message>
        <location filename="../pages/__init__.py" line="42"/>
        <source>Staffing</source>
        <translation>排班</translation>
    </message>
    <message>
        <location filename="../pages/__init__.py" line="43"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../pages/__init__.py" line="44"/>
        <source>Calibrate</source>
        <translation>校准</translation>
    </message>
</context>
<context>
    <name>PlanTable</name>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="72"/>
        <source>Hour</source>
        <extracomment>background of an hour the current schedule under- or over-staffs against the plan</extracomment>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="73"/>
        <source>Handoffs/h</source>
        <translation>转人工/时</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="73"/>
        <source>Chats handed to agents per hour (current schedule)</source>
        <translation>每小时转人工的会话 (当前排班下)</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="74"/>
        <source>Erlang</source>
        <translation>Erlang</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="74"/>
        <source>Agents needed by the Erlang C/A formula</source>
        <translation>按 Erlang C/A 公式所需客服人数</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="75"/>
        <source>Simulated</source>
        <translation>仿真验证</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="75"/>
        <source>Agents needed, checked in simulation: the plan</source>
        <translation>经仿真验证的所需人数:即方案</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="76"/>
        <source>Current</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="76"/>
        <source>Agents on duty in the scenario now</source>
        <translation>场景当前的在岗人数</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="77"/>
        <source>FRT SLA</source>
        <translation>首响达标率</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="77"/>
        <source>First replies within the threshold with the plan</source>
        <translation>按方案排班时的首响达标率</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="78"/>
        <source>Abandoned</source>
        <translation>放弃率</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="78"/>
        <source>Handed-off chats abandoned with the plan</source>
        <translation>按方案排班时转人工会话的放弃率</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="80"/>
        <source>SLA now</source>
        <translation>当前达标率</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="81"/>
        <source>First replies within the threshold with the current schedule</source>
        <translation>按当前排班的首响达标率</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="84"/>
        <source>Abandoned now</source>
        <translation>当前放弃率</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="85"/>
        <source>Handed-off chats abandoned with the current schedule</source>
        <translation>当前排班下转人工会话的放弃率</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="94"/>
        <source>Under-staffed now: {n} agents fewer than the plan</source>
        <translation>当前人手不足:比方案少 {n} 人</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="95"/>
        <source>Over-staffed now: {n} agents more than the plan</source>
        <translation>当前人手过剩:比方案多 {n} 人</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="96"/>
        <source>The plan still misses a target here: raise the iterations.</source>
        <translation>方案在此时段仍未达标:请提高候选排班上限。</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="97"/>
        <source>The current schedule misses this target in this hour.</source>
        <translation>当前排班在此时段未达到这项目标。</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="99"/>
        <source>Out of reach even with many agents (few chats, long first replies).</source>
        <translation>即使大量增员也无法达标 (会话少、首次回复用时长)。</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <location filename="../pages/scenario/presets.py" line="34"/>
        <source>Singles&apos; Day 11.11 (×5)</source>
        <translation>双11(×5)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/presets.py" line="65"/>
        <source>618 mid-year sale (×3)</source>
        <translation>618 年中大促(×3)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/presets.py" line="96"/>
        <source>New Year goods festival (×2)</source>
        <translation>年货节(×2)</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../trainer/progress_page.py" line="150"/>
        <source>No finished session yet</source>
        <translation>还没有完成的练习</translation>
    </message>
    <message>
        <location filename="../trainer/progress_page.py" line="155"/>
        <source>{n} session(s) · best {best:.0f} · latest {last:.0f} · {passed} passed</source>
        <translation>{n} 次练习 · 最好 {best:.0f} 分 · 最近 {last:.0f} 分 · 通过 {passed} 次</translation>
    </message>
    <message>
        <location filename="../trainer/progress_page.py" line="158"/>
        <source>{n} exam(s)</source>
        <translation>考试 {n} 次</translation>
    </message>
    <message>
        <location filename="../trainer/progress_page.py" line="164"/>
        <source>Nothing weak yet: finish a session first.</source>
        <translation>还看不出弱项: 先完成一次练习吧。</translation>
    </message>
    <message>
        <location filename="../trainer/progress_page.py" line="168"/>
        <source>{name}: {share:.0%} of the points on average</source>
        <translation>{name}: 平均拿到 {share:.0%} 的分</translation>
    </message>
    <message>
        <location filename="../trainer/progress_page.py" line="173"/>
        <source>Try: {text}</source>
        <translation>参考说法: {text}</translation>
    </message>
    <message>
        <location filename="../trainer/progress_page.py" line="184"/>
        <source>{title} (difficulty {d})</source>
        <translation>{title}(难度 {d})</translation>
    </message>
    <message>
        <location filename="../trainer/progress_page.py" line="186"/>
        <source>trains: {skills}</source>
        <translation>练习: {skills}</translation>
    </message>
    <message>
        <location filename="../trainer/progress_page.py" line="189"/>
        <source>Double-click to practise {id}</source>
        <translation>双击开始练习 {id}</translation>
    </message>
    <message>
        <location filename="../trainer/progress_page.py" line="206"/>
        <source>certified on {date}</source>
        <translation>{date} 获得认证</translation>
    </message>
    <message>
        <location filename="../trainer/progress_page.py" line="212"/>
        <source>{done} of {n} scripts passed in exam mode</source>
        <translation>考试模式已通过 {done}/{n} 个剧本</translation>
    </message>
    <message>
        <location filename="../trainer/progress_page.py" line="216"/>
        <source>still to pass: {titles}</source>
        <translation>还需通过: {titles}</translation>
    </message>
    <message>
        <location filename="../trainer/progress_page.py" line="244"/>
        <source>Trainee:</source>
        <translation>学员:</translation>
    </message>
    <message>
        <location filename="../trainer/progress_page.py" line="245"/>
        <source>Weakest skills</source>
        <translation>最弱的技能</translation>
    </message>
    <message>
        <location filename="../trainer/progress_page.py" line="246"/>
        <source>Practise next</source>
        <translation>下一步练习</translation>
    </message>
    <message>
        <location filename="../trainer/progress_page.py" line="247"/>
        <source>Certificates</source>
        <translation>认证</translation>
    </message>
</context>
<context>
    <name>ReplicationsPanel</name>
    <message>
        <location filename="../pages/run/replications_panel.py" line="88"/>
        <source>Replications</source>
        <translation>重复运行</translation>
    </message>
    <message>
        <location filename="../pages/run/replications_panel.py" line="89"/>
        <source>Replications:</source>
        <translation>重复次数:</translation>
    </message>
    <message>
        <location filename="../pages/run/replications_panel.py" line="90"/>
        <source>Run until the 95% CI of FRT SLA is within ±1 point</source>
        <translation>运行到首响达标率的 95% 置信区间在 ±1 个百分点以内</translation>
    </message>
    <message>
        <location filename="../pages/run/replications_panel.py" line="91"/>
        <source>at most</source>
        <translation>最多</translation>
    </message>
    <message>
        <location filename="../pages/run/replications_panel.py" line="92"/>
        <source>Run replications</source>
        <translation>运行重复</translation>
    </message>
    <message>
        <location filename="../pages/run/replications_panel.py" line="93"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../pages/run/replications_panel.py" line="119"/>
        <source>Starting worker processes: {n}…</source>
        <translation>正在启动工作进程:{n}…</translation>
    </message>
    <message>
        <location filename="../pages/run/replications_panel.py" line="135"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../pages/run/replications_panel.py" line="143"/>
        <source>{done} of {total} replications done</source>
        <translation>已完成 {done}/{total} 次重复</translation>
    </message>
    <message>
        <location filename="../pages/run/replications_panel.py" line="150"/>
        <source>{n} replications: 95% CI of FRT SLA {width} points</source>
        <translation>{n} 次重复:首响达标率 95% 置信区间 {width} 个百分点</translation>
    </message>
    <message>
        <location filename="../pages/run/replications_panel.py" line="154"/>
        <source>(precise enough)</source>
        <translation>(精度已够)</translation>
    </message>
    <message>
        <location filename="../pages/run/replications_panel.py" line="164"/>
        <source>(cap reached)</source>
        <translation>(已达上限)</translation>
    </message>
    <message>
        <location filename="../pages/run/replications_panel.py" line="167"/>
        <source>{n} replications done</source>
        <translation>已完成 {n} 次重复</translation>
    </message>
    <message>
        <location filename="../pages/run/replications_panel.py" line="172"/>
        <source>Cancelled; {n} finished replications are kept</source>
        <translation>已取消;保留已完成的 {n} 次重复</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../pages/report_page.py" line="179"/>
        <source>Building the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="185"/>
        <source>Simulating: {done} of {total} runs</source>
        <translation>仿真中:已完成 {done}/{total} 次运行</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="186"/>
        <source>Planning the staffing: candidate {done} of at most {total}</source>
        <translation>排班规划中:候选方案 {done}/最多 {total}</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="187"/>
        <source>Writing the PDF: page {done} of {total}</source>
        <translation>正在写 PDF:第 {done}/{total} 页</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="188"/>
        <source>Writing the HTML: chart {done} of {total}</source>
        <translation>正在写 HTML:第 {done}/{total} 张图</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="189"/>
        <source>Drawing the preview: page {done} of {total}</source>
        <translation>正在绘制预览:第 {done}/{total} 页</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="213"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="238"/>
        <source>Cannot write: {error}</source>
        <translation>无法写入:{error}</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="240"/>
        <source>Wrote {file}</source>
        <translation>已写入 {file}</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="247"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="247"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="254"/>
        <source>Export HTML</source>
        <translation>导出 HTML</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="254"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="261"/>
        <source>Report built: {pages} pages ({lang}).</source>
        <translation>报告已生成:共 {pages} 页({lang})。</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="265"/>
        <source>No staffing plan: {why}</source>
        <translation>无排班方案:{why}</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="267"/>
        <source>The comparison has changed since: build again to include it.</source>
        <translation>对比结果已更新:请重新生成报告。</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="275"/>
        <source>No comparison yet (see the Compare page): the report covers the editor&apos;s scenario alone.</source>
        <translation>暂无对比(见“对比”页):报告只包含编辑器中的场景。</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="281"/>
        <source>The latest comparison: {names} · seed {seed} · replications: {n}</source>
        <translation>最近一次对比:{names} · 随机种子 {seed} · 重复:{n}</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="297"/>
        <source>What the report covers</source>
        <translation>报告内容</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="298"/>
        <source>Replications:</source>
        <translation>重复次数:</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="299"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="300"/>
        <source>Report language:</source>
        <translation>报告语言:</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="301"/>
        <source>Include the staffing plan of the baseline (slower)</source>
        <translation>包含基线的排班方案(较慢)</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="302"/>
        <source>Replications per candidate schedule:</source>
        <translation>每个候选排班的重复次数:</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="303"/>
        <source>Build report</source>
        <translation>生成报告</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="304"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="305"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="306"/>
        <source>Export HTML…</source>
        <translation>导出 HTML…</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="307"/>
        <source>Build the report to see its pages here.</source>
        <translation>生成报告后,在这里预览各页。</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../pages/results_page.py" line="88"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="89"/>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="89"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="89"/>
        <source>95% CI</source>
        <translation>95% 置信区间</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="92"/>
        <source>Day profile</source>
        <translation>全天分布</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="93"/>
        <source>First response times</source>
        <translation>首次响应时长</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="94"/>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="97"/>
        <source>Hourly table</source>
        <translation>分时表</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="100"/>
        <source>Day</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="101"/>
        <source>Hour</source>
        <translation>时</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="102"/>
        <source>Arrivals</source>
        <translation>进线</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="103"/>
        <source>Handoffs</source>
        <translation>转人工</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="104"/>
        <source>Queue (avg)</source>
        <translation>排队(平均)</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="105"/>
        <source>Agents typing (avg)</source>
        <translation>正在回复的客服(平均)</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="106"/>
        <source>Agents on duty</source>
        <translation>在岗客服</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="107"/>
        <source>Overtime agents (avg)</source>
        <translation>加班客服(平均)</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="108"/>
        <source>FRT mean (s)</source>
        <translation>平均首次响应(秒)</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="111"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="112"/>
        <source>Export JSON…</source>
        <translation>导出 JSON…</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="113"/>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="144"/>
        <source>No results yet</source>
        <translation>暂无结果</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="145"/>
        <source>Run the scenario on the Run and watch page.</source>
        <translation>请在“运行与观察”页运行场景。</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="152"/>
        <source>{name} · seed {seed} · replications: {n}</source>
        <translation>{name} · 随机种子 {seed} · 重复:{n}</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="155"/>
        <source>One run: no confidence interval (run replications for one).</source>
        <translation>单次运行:没有置信区间(运行重复即可得到)。</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="157"/>
        <source>Mean over the replications with its 95% confidence interval.</source>
        <translation>各次重复的平均值及其 95% 置信区间。</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="159"/>
        <source>Charts and the hourly table show the watched run.</source>
        <translation>图表和分时表显示观察的那次运行。</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="161"/>
        <source>Charts need a watched run of this scenario and seed.</source>
        <translation>图表需要本场景与种子的一次观察运行。</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="165"/>
        <source>These results are for an earlier version of the scenario: it has changed since. Run it again for results of the scenario as it is now.</source>
        <translation>这些结果来自场景的早先版本:场景此后已修改。请重新运行,得到当前场景的结果。</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="192"/>
        <source>Cannot write: {error}</source>
        <translation>无法写入:{error}</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="200"/>
        <source>Export JSON</source>
        <translation>导出 JSON</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="200"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="202"/>
        <location filename="../pages/results_page.py" line="214"/>
        <location filename="../pages/results_page.py" line="226"/>
        <source>Wrote {files}</source>
        <translation>已写入 {files}</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="210"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="210"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="223"/>
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="223"/>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>RoiTable</name>
    <message>
        <location filename="../pages/compare/tables.py" line="144"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../pages/compare/tables.py" line="146"/>
        <source>per day</source>
        <translation>每天</translation>
    </message>
    <message>
        <location filename="../pages/compare/tables.py" line="146"/>
        <source>per month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../pages/compare/tables.py" line="158"/>
        <source>One-off cost</source>
        <translation>一次性投入</translation>
    </message>
    <message>
        <location filename="../pages/compare/tables.py" line="163"/>
        <source>Payback period</source>
        <translation>回本期</translation>
    </message>
    <message>
        <location filename="../pages/compare/tables.py" line="164"/>
        <source>One-off cost divided by the daily profit gain, with its 95% CI</source>
        <translation>一次性投入除以每日利润增加,附 95% 置信区间</translation>
    </message>
    <message>
        <location filename="../pages/compare/tables.py" line="187"/>
        <source>no one-off cost</source>
        <translation>无一次性投入</translation>
    </message>
    <message>
        <location filename="../pages/compare/tables.py" line="189"/>
        <source>never (no profit gain)</source>
        <translation>不会回本(利润未增加)</translation>
    </message>
    <message>
        <location filename="../pages/compare/tables.py" line="190"/>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
</context>
<context>
    <name>RubricCard</name>
    <message>
        <location filename="../trainer/cards.py" line="155"/>
        <source>How you are scored</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <location filename="../trainer/cards.py" line="161"/>
        <source>{points:g} points</source>
        <translation>{points:g} 分</translation>
    </message>
    <message>
        <location filename="../trainer/cards.py" line="166"/>
        <source>Pass mark: {mark} of 100.</source>
        <translation>及格线:{mark} 分(满分100)。</translation>
    </message>
    <message>
        <location filename="../trainer/cards.py" line="169"/>
        <source>A compliance violation (a promise above your authority or a forbidden promise) blocks a pass whatever the points.</source>
        <translation>合规问题(超出权限的承诺或禁止的承诺)一票否决,分数再高也不及格。</translation>
    </message>
    <message>
        <location filename="../trainer/cards.py" line="175"/>
        <source>Reply within {first:g} s at first, then within {later:g} s.</source>
        <translation>首次回复在 {first:g} 秒内,之后每条在 {later:g} 秒内。</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../pages/run_page.py" line="185"/>
        <source>Run and watch</source>
        <translation>运行与观察</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="186"/>
        <source>Seed:</source>
        <translation>随机种子:</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="187"/>
        <source>Speed:</source>
        <translation>速度:</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="190"/>
        <source>As fast as possible</source>
        <translation>尽快</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="192"/>
        <source>{n} simulated min per second</source>
        <translation>每秒 {n} 仿真分钟</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="195"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="196"/>
        <source>Step one hour</source>
        <translation>前进一小时</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="197"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="199"/>
        <source>Agents</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="208"/>
        <source>Arrivals per hour</source>
        <translation>每小时进线</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="209"/>
        <source>Scenario profile</source>
        <translation>场景分布</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="210"/>
        <source>Customers waiting for an agent</source>
        <translation>等待客服的顾客</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="211"/>
        <source>Simulated hour</source>
        <translation>仿真时刻(小时)</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="227"/>
        <source>Scenario: {name}</source>
        <translation>场景:{name}</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="175"/>
        <source>Finished: see the Results page.</source>
        <extracomment>speed choices: simulated minutes per wall-clock second (None = as fast as possible) the live view changes at most once per this many ms (at least 5 times a second is needed) emitted each time the live panels show a newer snapshot</extracomment>
        <translation>已完成:结果见“结果”页。</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="177"/>
        <source>Cancelled at {clock}.</source>
        <translation>已在 {clock} 取消。</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="203"/>
        <source>Sessions so far ({basis})</source>
        <translation>到目前的会话（{basis}）</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="352"/>
        <source>The run failed: {error}</source>
        <translation>运行失败:{error}</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="386"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="386"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="395"/>
        <source>Day {day}, {time}</source>
        <translation>第 {day} 天 {time}</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="399"/>
        <source>On duty {on_duty} · typing {typing} · chat slots in use {used} of {slots}</source>
        <translation>在岗 {on_duty} · 正在回复 {typing} · 会话位已用 {used}/{slots}</translation>
    </message>
</context>
<context>
    <name>ScenarioDocument</name>
    <message>
        <location filename="../document.py" line="93"/>
        <source>Edit YAML</source>
        <translation>编辑 YAML</translation>
    </message>
</context>
<context>
    <name>ScenarioForm</name>
    <message>
        <location filename="../pages/scenario/tab_traffic.py" line="20"/>
        <source>Daily volume and hourly profile (drag a bar or edit the table)</source>
        <translation>日咨询量与分时分布(拖动柱条或编辑表格)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_traffic.py" line="26"/>
        <source>Volume and days</source>
        <translation>咨询量与天数</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_traffic.py" line="29"/>
        <source>Sessions per day</source>
        <translation>每日会话数</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_traffic.py" line="31"/>
        <source>Expected first contacts per ordinary day</source>
        <translation>平常一天预计的首次咨询数</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_traffic.py" line="35"/>
        <source>Or flat rate per hour</source>
        <translation>或固定每小时到达率</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_traffic.py" line="37"/>
        <source>A stationary rate instead of the daily volume and profile</source>
        <translation>用恒定到达率代替日咨询量和分时分布</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_traffic.py" line="41"/>
        <source>Simulated days</source>
        <translation>仿真天数</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_traffic.py" line="44"/>
        <source>Warm-up (hours)</source>
        <translation>预热(小时)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_traffic.py" line="49"/>
        <source>Day multipliers</source>
        <translation>每日倍数</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_traffic.py" line="51"/>
        <source>Factor per day, e.g. 1 1 5 for a promo on day 3; missing days are 1</source>
        <translation>每天的倍数,如 1 1 5 表示第 3 天大促;未列出的天为 1</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_traffic.py" line="55"/>
        <source>Entry points and intent mix</source>
        <translation>入口与咨询意图构成</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="30"/>
        <source>AI bot</source>
        <translation>AI 机器人</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="32"/>
        <source>Bot answers first</source>
        <translation>机器人先接待</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="21"/>
        <source>Answer quality, pre-sale</source>
        <translation>答问质量·售前</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="22"/>
        <source>Answer quality, logistics</source>
        <translation>答问质量·物流</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="23"/>
        <source>Answer quality, after-sale</source>
        <translation>答问质量·售后</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="24"/>
        <source>Answer quality, complaints</source>
        <translation>答问质量·投诉</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="39"/>
        <source>Chance the bot answers a question of this kind well (0-1); it resolves fewer: sensitive words, requests for a human and anger hand the chat over first</source>
        <translation>机器人答好这类问题的概率(0-1);实际解决的更少:敏感词、要求转人工和情绪会先把会话转给人工</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="47"/>
        <source>Greeting by entry point</source>
        <translation>按入口欢迎语</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="52"/>
        <source>Greeting pre-sale lift</source>
        <translation>欢迎语售前提升</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="57"/>
        <source>Bot reply time (s)</source>
        <translation>机器人回复时间(秒)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="62"/>
        <source>Bot cost per session (¥)</source>
        <translation>机器人每会话成本(¥)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="65"/>
        <source>Handoff to a human</source>
        <translation>转人工</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="68"/>
        <source>After failed answers</source>
        <translation>答不上几次后转</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="73"/>
        <source>Sensitive keywords</source>
        <translation>敏感词</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="75"/>
        <source>Words that hand over at once, separated by spaces</source>
        <translation>出现即转人工的词,用空格分隔</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="79"/>
        <source>Honour requests for a human</source>
        <translation>响应“转人工”请求</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="84"/>
        <source>Anger threshold (0-100)</source>
        <translation>愤怒阈值(0-100)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="86"/>
        <source>Hand over at this anger; leave empty to switch off</source>
        <translation>愤怒达到此值即转人工;留空为关闭</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="90"/>
        <source>Anger per failed answer</source>
        <translation>每次答不上增加的愤怒</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="95"/>
        <source>Handoff</source>
        <translation>转接方式</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="99"/>
        <source>Warm (context passed on)</source>
        <translation>热转接(传递上下文)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="100"/>
        <source>Cold (customer repeats)</source>
        <translation>冷转接(顾客需重复)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="107"/>
        <source>Warm read time (s)</source>
        <translation>热转接阅读时间(秒)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="112"/>
        <source>Cold extra rounds</source>
        <translation>冷转接额外轮次</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="117"/>
        <source>Cold resolution factor</source>
        <translation>冷转接解决率系数</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="119"/>
        <source>After a cold handoff the agent&apos;s chance to resolve is multiplied by this (0-1]</source>
        <translation>冷转接后,客服解决问题的概率乘以此系数(0-1]</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="124"/>
        <source>What customers need, by intent</source>
        <translation>各类咨询的需求</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="21"/>
        <source>Agents scheduled by hour (drag a bar or edit the table)</source>
        <translation>各小时排班客服(拖动柱条或编辑表格)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="27"/>
        <source>Work</source>
        <translation>工作量</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="30"/>
        <source>Shrinkage</source>
        <translation>人力损耗率</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="32"/>
        <source>Share of paid time not on chats (breaks, meetings, training, absence), 0 to 0.99; on duty in an hour = scheduled x (1 - shrinkage), rounded down</source>
        <translation>带薪时间中不接待会话的比例(休息、会议、培训、缺勤),0 到 0.99;某小时在岗人数 = 排班人数 × (1 − 损耗率),向下取整</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="40"/>
        <source>Chats per agent</source>
        <translation>每人同时接待</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="42"/>
        <source>Chats one agent holds at once (1-10)</source>
        <translation>一名客服同时接待的会话数(1-10)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="46"/>
        <source>Reply time</source>
        <translation>回复用时</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="48"/>
        <source>The agent&apos;s work per reply, a distribution in seconds</source>
        <translation>客服每次回复的工作时间(秒,分布)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="52"/>
        <source>First reply time</source>
        <translation>首次回复用时</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="54"/>
        <source>Work on the first reply after a handoff; empty = same as reply time</source>
        <translation>转人工后首次回复的工作时间;留空与回复用时相同</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="60"/>
        <source>Messages per reply</source>
        <translation>每次回复消息数</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="62"/>
        <source>Messages an agent sends per reply (answer ratio); a count distribution, at least 1</source>
        <translation>客服每次回复发出的消息条数(决定答问比);计数分布,至少 1 条</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="69"/>
        <source>Terse when backlog reaches</source>
        <translation>积压几条起简短回复</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="73"/>
        <source>With this many replies owed, an agent sends one bare message; empty = never terse</source>
        <translation>客服欠着这么多条待回复时,只发一条简短答复;留空为从不简短回复</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="78"/>
        <source>Overload (too many chats at once)</source>
        <translation>过载(同时接待过多)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="81"/>
        <source>Comfortable chats</source>
        <translation>舒适接待数</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="83"/>
        <source>Above this many chats at once, quality drops with each extra chat</source>
        <translation>同时接待超过此数后,每多一个会话,服务质量就下降一些</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="89"/>
        <source>Extra reply work per chat</source>
        <translation>每多一会话回复用时增加</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="91"/>
        <source>Share added to the work per reply for each chat above it (0.15 = +15%)</source>
        <translation>超出舒适数后每多一个会话,每次回复的工作时间增加的比例(0.15 即 +15%)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="97"/>
        <source>Resolution lost per chat</source>
        <translation>每多一会话解决率下降</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="99"/>
        <source>Share of the chance to resolve lost for each chat above it (0-1)</source>
        <translation>超出舒适数后每多一个会话,解决概率下降的比例(0-1)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="105"/>
        <source>Rating lost per chat</source>
        <translation>每多一会话评分下降</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="107"/>
        <source>Stars taken from the rating for each chat above it</source>
        <translation>超出舒适数后每多一个会话,满意度评分扣减的星数</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="109"/>
        <source>Skill groups</source>
        <translation>技能组</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="112"/>
        <source>Proficiency levels (shares add up to 1)</source>
        <translation>熟练度等级(占比合计为 1)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="15"/>
        <source>Customers</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="18"/>
        <source>Patience</source>
        <translation>耐心</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="20"/>
        <source>Wait for an agent before leaving; empty = never leaves</source>
        <translation>等待客服的最长时间;留空为永不离开</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="23"/>
        <source>Think time</source>
        <translation>思考时间</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="27"/>
        <source>Bot tolerance</source>
        <translation>对机器人的容忍</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="29"/>
        <source>Failed bot answers a customer puts up with</source>
        <translation>顾客能容忍的机器人答不上次数</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="33"/>
        <source>VIP share</source>
        <translation>VIP 占比</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="40"/>
        <source>Names locale</source>
        <translation>姓名语言区域</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="42"/>
        <source>Faker locale of the sample customers&apos; names, e.g. zh_CN, zh_TW, en_US</source>
        <translation>示例顾客姓名所用的 Faker 区域,例如 zh_CN、zh_TW、en_US</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="46"/>
        <source>Satisfaction (1-5 stars)</source>
        <translation>满意度(1-5 星)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="48"/>
        <source>Base score</source>
        <translation>基础分</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="51"/>
        <source>Less per minute of first wait</source>
        <translation>首次等待每分钟扣分</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="56"/>
        <source>Less per minute of slow replies</source>
        <translation>后续回复慢每分钟扣分</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="57"/>
        <source>Per minute the later replies took on average beyond the grace time</source>
        <translation>首次回复之后的回复平均用时超出宽限时间的部分,每分钟扣分</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="64"/>
        <source>Reply grace time (s)</source>
        <translation>回复宽限时间(秒)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="65"/>
        <source>Later replies within this time on average cost no points</source>
        <translation>后续回复平均在此时间内不扣分</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="71"/>
        <source>Less per failed bot answer</source>
        <translation>机器人每次答不上扣分</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="74"/>
        <source>Less when unresolved</source>
        <translation>未解决扣分</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="75"/>
        <source>Less after a cold handoff</source>
        <translation>冷转接扣分</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="76"/>
        <source>Score when abandoned</source>
        <translation>放弃时的评分</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="77"/>
        <source>Noise (standard deviation)</source>
        <translation>随机波动(标准差)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="82"/>
        <source>Economics</source>
        <translation>经济</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="85"/>
        <source>Agent cost per hour (¥)</source>
        <translation>客服每小时成本(¥)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="90"/>
        <source>Average order value (¥)</source>
        <translation>客单价(¥)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="95"/>
        <source>VIP order value factor</source>
        <translation>VIP 客单价倍数</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="100"/>
        <source>Margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="105"/>
        <source>One-off cost (¥)</source>
        <translation>一次性投入(¥)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="108"/>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="111"/>
        <source>First response within (s)</source>
        <translation>首次响应时限(秒)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="113"/>
        <source>Threshold of the first-response SLA</source>
        <translation>首次响应达标率的时限</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="14"/>
        <source>Late parcels, pre-sale</source>
        <translation>物流延误占比·售前</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="15"/>
        <source>Late parcels, logistics</source>
        <translation>物流延误占比·物流</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="16"/>
        <source>Late parcels, after-sale</source>
        <translation>物流延误占比·售后</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="17"/>
        <source>Late parcels, complaints</source>
        <translation>物流延误占比·投诉</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="22"/>
        <source>Delay notices (parcels late over 48 h)</source>
        <translation>延误主动通知(包裹超 48 小时未更新)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="25"/>
        <source>Send delay notices</source>
        <translation>发送延误通知</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="27"/>
        <source>Tell customers of a parcel stuck over 48 h before they ask</source>
        <translation>包裹卡住超过 48 小时,在顾客来问之前主动告知</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="36"/>
        <source>Share of this intent&apos;s first contacts about a parcel late over 48 h (0-1)</source>
        <translation>这类咨询中因包裹延误超 48 小时而来的占比(0-1)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="43"/>
        <source>Contacts prevented</source>
        <translation>免去的咨询占比</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="45"/>
        <source>Share of those contacts a notice makes unnecessary (0-1)</source>
        <translation>收到通知后顾客不再来问的占比(0-1)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="51"/>
        <source>Would ask unprompted</source>
        <translation>会主动来问的占比</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="53"/>
        <source>Share of customers with a late parcel who would write; every late parcel gets a notice</source>
        <translation>包裹延误的顾客中会主动联系客服的占比;每个延误包裹都会发通知</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="61"/>
        <source>Cost per notice (¥)</source>
        <translation>每条通知成本(¥)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="67"/>
        <source>Chat invitations</source>
        <translation>主动邀请咨询</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="70"/>
        <source>Invite hesitating shoppers</source>
        <translation>邀请犹豫的买家</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="72"/>
        <source>Agents invite shoppers who linger or re-read reviews to chat</source>
        <translation>客服邀请停留较久、反复看评价的买家来咨询</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="78"/>
        <source>Invitations per day</source>
        <translation>每日邀请数</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="80"/>
        <source>Sent on an ordinary day, spread over the hours like the arrivals</source>
        <translation>平常一天发出的邀请数,按咨询的分时分布摊到各小时</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="86"/>
        <source>Accept rate</source>
        <translation>接受率</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="88"/>
        <source>Share of invitations answered; each is a pre-sale chat for an agent</source>
        <translation>回应邀请的占比;每个回应都是一个由客服接待的售前会话</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="94"/>
        <source>Order chance lift</source>
        <translation>下单概率提升</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="96"/>
        <source>Added to an invited chat&apos;s chance of an order</source>
        <translation>受邀会话的下单概率在原有基础上增加的值</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="100"/>
        <source>Cost per invitation (¥)</source>
        <translation>每次邀请成本(¥)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="106"/>
        <source>Unpaid orders</source>
        <translation>未付款订单与催付</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="109"/>
        <source>Paid without a reminder</source>
        <translation>不催自付率</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="111"/>
        <source>Chance an order is paid unprompted; 1 = every order is paid</source>
        <translation>订单不催也会付款的概率;1 表示所有订单都会付款</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="117"/>
        <source>Remind unpaid orders</source>
        <translation>催付未付款订单</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="119"/>
        <source>Send every unpaid order a payment reminder</source>
        <translation>对每个未付款订单发送催付提醒</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="123"/>
        <source>Paid after a reminder</source>
        <translation>催付成功率</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="125"/>
        <source>Share of reminded unpaid orders that are then paid</source>
        <translation>催付后付款的未付款订单占比</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="129"/>
        <source>Cost per reminder (¥)</source>
        <translation>每次催付成本(¥)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="135"/>
        <source>Knowledge-base snowball</source>
        <translation>知识库滚雪球</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="138"/>
        <source>Learn from handed-off chats</source>
        <translation>从转人工会话积累知识</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="140"/>
        <source>Agents&apos; answers become entries that raise the bot&apos;s answer quality, day by day</source>
        <translation>客服在转人工会话中的答案沉淀为知识条目,逐日提高机器人答问质量</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="147"/>
        <source>Answers captured</source>
        <translation>答案沉淀比例</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="149"/>
        <source>Share of handed-off chats an agent resolved whose answer is added</source>
        <translation>人工解决的转人工会话中,答案被加入知识库的占比</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="155"/>
        <source>Answer quality ceiling</source>
        <translation>答问质量上限</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="157"/>
        <source>The best answer quality entries can bring an intent to (0-1)</source>
        <translation>知识条目最多能把某类咨询的答问质量提高到的水平(0-1)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="163"/>
        <source>Entries to halve the gap</source>
        <translation>差距减半所需条目数</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="165"/>
        <source>Entries of one intent that halve the gap between its quality and the ceiling</source>
        <translation>某类咨询积累多少条目,能让其答问质量与上限的差距减半</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="172"/>
        <source>Intents that learn</source>
        <translation>纳入知识库的咨询</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="178"/>
        <source>Intents whose answers go into the knowledge base</source>
        <translation>答案会进入知识库的咨询类型</translation>
    </message>
</context>
<context>
    <name>ScenarioPage</name>
    <message>
        <location filename="../pages/scenario_page.py" line="134"/>
        <source>Change %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <location filename="../pages/scenario_page.py" line="161"/>
        <source>Preset: %1</source>
        <translation>预设:%1</translation>
    </message>
    <message>
        <location filename="../pages/scenario_page.py" line="209"/>
        <source>Traffic</source>
        <translation>流量</translation>
    </message>
    <message>
        <location filename="../pages/scenario_page.py" line="210"/>
        <source>Bot and handoff</source>
        <translation>机器人与转人工</translation>
    </message>
    <message>
        <location filename="../pages/scenario_page.py" line="211"/>
        <source>Agents</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../pages/scenario_page.py" line="212"/>
        <source>Customers and money</source>
        <translation>顾客与经济</translation>
    </message>
    <message>
        <location filename="../pages/scenario_page.py" line="213"/>
        <source>Proactive service and knowledge base</source>
        <translation>主动服务与知识库</translation>
    </message>
    <message>
        <location filename="../pages/scenario_page.py" line="214"/>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <location filename="../pages/scenario_page.py" line="218"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../pages/scenario_page.py" line="219"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../pages/scenario_page.py" line="220"/>
        <source>Promo presets:</source>
        <translation>大促预设:</translation>
    </message>
    <message>
        <location filename="../pages/scenario_page.py" line="227"/>
        <source>A shipped scenario: you can try changes here, but it is read-only on disk. Use File ▸ Save As to keep your version.</source>
        <translation>内置场景:可以在这里试改,但文件是只读的。用“文件 ▸ 另存为”保存你的版本。</translation>
    </message>
</context>
<context>
    <name>ScenarioTables</name>
    <message>
        <location filename="../pages/scenario/tables.py" line="26"/>
        <source>Pre-sale</source>
        <translation>售前</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="27"/>
        <source>Logistics</source>
        <translation>物流</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="28"/>
        <source>After-sale</source>
        <translation>售后</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="29"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="89"/>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="91"/>
        <source>sessions per hour</source>
        <translation>每小时会话数</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="107"/>
        <source>Agents</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="108"/>
        <source>agents scheduled</source>
        <translation>排班客服</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="190"/>
        <source>Add row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="191"/>
        <source>Remove row</source>
        <translation>删除所选行</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="198"/>
        <source>Entry point</source>
        <translation>入口</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="199"/>
        <location filename="../pages/scenario/tables.py" line="230"/>
        <location filename="../pages/scenario/tables.py" line="255"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="229"/>
        <source>Skill group</source>
        <translation>技能组</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="231"/>
        <source>Intents served</source>
        <translation>负责的意图</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="254"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="256"/>
        <source>Reply time ×</source>
        <translation>回复用时 ×</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="257"/>
        <source>Resolution ×</source>
        <translation>解决率 ×</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="258"/>
        <source>Rating ± (stars)</source>
        <translation>评分 ±(星)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="316"/>
        <source>Intent</source>
        <translation>意图</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="317"/>
        <source>Human resolves</source>
        <translation>人工解决率</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="318"/>
        <source>Rounds</source>
        <translation>对话轮次</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="319"/>
        <source>Asks for a human at once</source>
        <translation>一开始就要求转人工</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="320"/>
        <source>…after a failed answer</source>
        <translation>…答不上后要求</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="321"/>
        <source>Order chance</source>
        <translation>下单概率</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="322"/>
        <source>+ if a human helped</source>
        <translation>人工协助加成</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="323"/>
        <source>Wait decay (s)</source>
        <translation>等待衰减(秒)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="324"/>
        <source>Order chance if unresolved</source>
        <translation>未解决时下单率</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="325"/>
        <source>Comes back if unresolved</source>
        <translation>未解决时再次进线</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="326"/>
        <source>…if resolved</source>
        <translation>…已解决时</translation>
    </message>
</context>
<context>
    <name>ScorecardPage</name>
    <message>
        <location filename="../trainer/scorecard_page.py" line="201"/>
        <source>Marks cannot be stored: this session was played without a store.</source>
        <translation>无法保存标注:本次练习没有使用进度库。</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="205"/>
        <source>Nothing changed: the mark was not stored.</source>
        <translation>没有改动:未保存标注。</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="210"/>
        <source>Thank you: turn {n} is stored as a labelled example.</source>
        <translation>谢谢:第{n}轮已保存为标注样例。</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="232"/>
        <source>Coach: {hint}</source>
        <translation>教练:{hint}</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="238"/>
        <source>Ending: {ending}</source>
        <translation>结局:{ending}</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="245"/>
        <source>Turn {k} of {n}</source>
        <translation>第 {k} / {n} 轮</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="264"/>
        <source>Replay turn by turn</source>
        <translation>逐轮回放</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="265"/>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="266"/>
        <source>Previous turn</source>
        <translation>上一轮</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="267"/>
        <source>Next turn</source>
        <translation>下一轮</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="268"/>
        <source>Try the script again</source>
        <translation>再练一次</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="269"/>
        <source>Choose another script</source>
        <translation>换一个剧本</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="270"/>
        <source>The customer&apos;s anger, turn by turn</source>
        <translation>顾客每一轮的怒气</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="272"/>
        <source>Transcript (click your words on the left to find them)</source>
        <translation>对话记录(点击左侧你的原话即可定位)</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="279"/>
        <source>{total} / 100</source>
        <translation>{total} / 100</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="283"/>
        <source>Passed (pass mark {mark}).</source>
        <translation>通过(及格线 {mark})。</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="286"/>
        <source>Not passed: a compliance violation blocks the pass, whatever the points.</source>
        <translation>未通过:存在合规问题,一票否决,与分数无关。</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="289"/>
        <source>Not passed: below the pass mark of {mark}.</source>
        <translation>未通过:低于及格线 {mark}。</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="290"/>
        <source>Exam</source>
        <translation>考试</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="290"/>
        <source>Practice</source>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="293"/>
        <source>Blocked by compliance</source>
        <translation>合规一票否决</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="302"/>
        <source>cost to the shop: ¥{cost:,.0f}</source>
        <translation>店铺损失:¥{cost:,.0f}</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="305"/>
        <source>Ending</source>
        <translation>结局</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="322"/>
        <source>Copied from a model answer: turn {turns}. A copy does not count for an assignment or a certificate.</source>
        <translation>照抄参考答案:第{turns}轮。照抄的回复不计入作业和认证。</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="333"/>
        <source>Certificate earned: {name} ({day}).</source>
        <translation>获得认证:{name}({day})。</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="346"/>
        <source>Not passed: the customer&apos;s problem was not solved (the chat did not end resolved, or no real solution was offered).</source>
        <translation>未通过: 客户的问题没有解决 (会话没有以解决结束, 或没有给出真正的方案)。</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="350"/>
        <source>Repeated an earlier reply (the customer skipped it): turn {turns}</source>
        <translation>重复了之前的回复 (客户没看): 第 {turns} 轮</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="353"/>
        <source>Sent faster than a person types (pasted?): turn {turns}</source>
        <translation>发送速度快于正常打字 (粘贴的?): 第 {turns} 轮</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="355"/>
        <source>Longer than a chat message: turn {turns}</source>
        <translation>超过一条聊天消息的长度: 第 {turns} 轮</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="356"/>
        <source>Not in the shop&apos;s language: turn {turns}</source>
        <translation>没有用店铺的语言回复: 第 {turns} 轮</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="357"/>
        <source>The customer asked what you meant (not scored): turn {turns}</source>
        <translation>客户没看懂、追问了 (不计分): 第 {turns} 轮</translation>
    </message>
</context>
<context>
    <name>StaffingPage</name>
    <message>
        <location filename="../pages/staffing_page.py" line="164"/>
        <source>Simulating the current schedule…</source>
        <translation>正在仿真当前排班…</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="179"/>
        <source>{n} hours still miss the targets</source>
        <translation>仍有 {n} 个时段未达标</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="181"/>
        <source>every hour meets the targets</source>
        <translation>每个时段均达标</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="183"/>
        <source>Candidate {i} of at most {n}: {hours} agent-hours; {what}.</source>
        <translation>第 {i} 个候选排班 (最多 {n} 个):{hours} 客服工时;{what}。</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="190"/>
        <source>Done: {n} candidate schedules simulated in {s:.0f} s.</source>
        <translation>完成:{s:.0f} 秒内仿真了 {n} 个候选排班。</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="198"/>
        <source>Cancelled after {n} candidate schedules; no plan.</source>
        <translation>仿真 {n} 个候选排班后已取消;没有生成方案。</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="226"/>
        <source>Apply staffing plan</source>
        <translation>应用排班方案</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="231"/>
        <source>Cannot apply the plan: {error}</source>
        <translation>无法应用方案:{error}</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="241"/>
        <source>Applied the plan ({hours} agent-hours) to the schedule; the Run page is running the scenario again. Undo restores the previous schedule.</source>
        <translation>已将方案 ({hours} 客服工时) 写入排班;“运行与观察”页正在重新运行该场景。撤销可恢复原排班。</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="250"/>
        <source>Applied the plan ({hours} agent-hours) to the schedule; checking it again. Undo restores the previous schedule.</source>
        <translation>已将方案 ({hours} 客服工时) 写入排班;正在重新检查。撤销可恢复原排班。</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="297"/>
        <source>No plan yet: set the targets and run the plan.</source>
        <translation>尚无方案:设置目标后点击“规划排班”。</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="301"/>
        <source>The plan saves {h} agent-hours ({money}) a day against now.</source>
        <translation>与当前排班相比,方案每天节省 {h} 客服工时 ({money})。</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="303"/>
        <source>The plan needs {h} agent-hours ({money}) a day more than now.</source>
        <translation>与当前排班相比,方案每天需多 {h} 客服工时 ({money})。</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="307"/>
        <source>The current schedule misses the targets at {hours}.</source>
        <translation>当前排班在以下时段未达标:{hours}。</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="315"/>
        <source>Plan staffing</source>
        <translation>规划排班</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="316"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="317"/>
        <source>Apply plan to the scenario</source>
        <translation>将方案应用到场景</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="319"/>
        <source>Writes the simulation-checked headcounts into the schedule (undoable).</source>
        <translation>把经仿真验证的人数写入排班 (可撤销)。</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="324"/>
        <source>&lt;span style=&apos;background:{under}&apos;&gt;&amp;nbsp;red&amp;nbsp;&lt;/span&gt; under-staffed now, &lt;span style=&apos;background:{over}&apos;&gt;&amp;nbsp;amber&amp;nbsp;&lt;/span&gt; over-staffed now (current against the plan); ✗ plan misses a target; † out of reach.</source>
        <translation>&lt;span style=&apos;background:{under}&apos;&gt;&amp;nbsp;红&amp;nbsp;&lt;/span&gt; 当前人手不足,&lt;span style=&apos;background:{over}&apos;&gt;&amp;nbsp;黄&amp;nbsp;&lt;/span&gt; 当前人手过剩 (当前排班对比方案);✗ 方案未达标;† 无法达标。</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="330"/>
        <source>Agent-hours per day</source>
        <translation>每天客服工时</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="330"/>
        <source>Cost per day</source>
        <translation>每天成本</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="333"/>
        <source>Erlang formula</source>
        <translation>Erlang 公式</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="333"/>
        <source>Simulated plan</source>
        <translation>仿真验证方案</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="333"/>
        <source>Current schedule</source>
        <translation>当前排班</translation>
    </message>
</context>
<context>
    <name>SweepPage</name>
    <message>
        <location filename="../pages/sweep_page.py" line="209"/>
        <source>{n} worker processes</source>
        <extracomment>the KPI coloured first, as ``kefulab sweep --heatmap`` does without ``--kpi``</extracomment>
        <translation>{n} 个工作进程</translation>
    </message>
    <message>
        <location filename="../pages/sweep_page.py" line="211"/>
        <source>Starting: {runs} runs on {where}…</source>
        <translation>正在启动:{runs} 次运行,使用 {where}…</translation>
    </message>
    <message>
        <location filename="../pages/sweep_page.py" line="222"/>
        <source>{done} of {total} runs done</source>
        <translation>已完成 {done}/{total} 次运行</translation>
    </message>
    <message>
        <location filename="../pages/sweep_page.py" line="244"/>
        <source>Done: {n} runs.</source>
        <translation>完成:共 {n} 次运行。</translation>
    </message>
    <message>
        <location filename="../pages/sweep_page.py" line="252"/>
        <source>Cancelled: {done} of {total} runs finished; they are kept below.</source>
        <translation>已取消:{total} 次运行中完成了 {done} 次,结果保留在下方。</translation>
    </message>
    <message>
        <location filename="../pages/sweep_page.py" line="298"/>
        <source>Runs</source>
        <translation>运行次数</translation>
    </message>
    <message>
        <location filename="../pages/sweep_page.py" line="300"/>
        <source>No sweep yet: choose fields and their values, then Run.</source>
        <translation>尚无扫描结果:选择字段及取值,然后运行。</translation>
    </message>
    <message>
        <location filename="../pages/sweep_page.py" line="304"/>
        <source>{name} · {points} points · replications per point: {reps} · seed {seed}</source>
        <translation>{name} · {points} 个取值点 · 每点重复 {reps} 次 · 随机种子 {seed}</translation>
    </message>
    <message>
        <location filename="../pages/sweep_page.py" line="319"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../pages/sweep_page.py" line="320"/>
        <source>Replications per point:</source>
        <translation>每点重复次数:</translation>
    </message>
    <message>
        <location filename="../pages/sweep_page.py" line="321"/>
        <source>Seed:</source>
        <translation>随机种子:</translation>
    </message>
    <message>
        <location filename="../pages/sweep_page.py" line="322"/>
        <source>Worker processes:</source>
        <translation>工作进程数:</translation>
    </message>
    <message>
        <location filename="../pages/sweep_page.py" line="323"/>
        <source>Dask scheduler:</source>
        <translation>Dask 调度器:</translation>
    </message>
    <message>
        <location filename="../pages/sweep_page.py" line="324"/>
        <source>optional, e.g. tcp://10.0.0.5:8786</source>
        <translation>可选,例如 tcp://10.0.0.5:8786</translation>
    </message>
    <message>
        <location filename="../pages/sweep_page.py" line="326"/>
        <source>Run on a Dask cluster instead of local processes (kefulab[cluster]).</source>
        <translation>在 Dask 集群上运行,而不是本机进程 (需要 kefulab[cluster])。</translation>
    </message>
    <message>
        <location filename="../pages/sweep_page.py" line="328"/>
        <source>Run sweep</source>
        <translation>运行扫描</translation>
    </message>
    <message>
        <location filename="../pages/sweep_page.py" line="329"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../pages/sweep_page.py" line="330"/>
        <source>KPI:</source>
        <translation>指标:</translation>
    </message>
</context>
<context>
    <name>TargetsBox</name>
    <message>
        <location filename="../pages/staffing/targets_box.py" line="58"/>
        <source>Targets, every hour</source>
        <translation>目标 (每个时段)</translation>
    </message>
    <message>
        <location filename="../pages/staffing/targets_box.py" line="60"/>
        <source>First replies within the threshold:</source>
        <translation>首响达标率:</translation>
    </message>
    <message>
        <location filename="../pages/staffing/targets_box.py" line="61"/>
        <source>Threshold:</source>
        <translation>首响达标时长:</translation>
    </message>
    <message>
        <location filename="../pages/staffing/targets_box.py" line="62"/>
        <source>Abandonment at most:</source>
        <translation>排队放弃率上限:</translation>
    </message>
    <message>
        <location filename="../pages/staffing/targets_box.py" line="63"/>
        <source>Replications:</source>
        <translation>重复次数:</translation>
    </message>
    <message>
        <location filename="../pages/staffing/targets_box.py" line="64"/>
        <source>Seed:</source>
        <translation>随机种子:</translation>
    </message>
    <message>
        <location filename="../pages/staffing/targets_box.py" line="65"/>
        <source>Most candidates:</source>
        <translation>候选排班上限:</translation>
    </message>
    <message>
        <location filename="../pages/staffing/targets_box.py" line="70"/>
        <source>Share of answered handed-off chats whose first human reply is in time</source>
        <translation>已接待的转人工会话中,首次人工回复及时的比例</translation>
    </message>
    <message>
        <location filename="../pages/staffing/targets_box.py" line="72"/>
        <source>Largest share of handed-off chats that may leave</source>
        <translation>允许离开排队的转人工会话的最大比例</translation>
    </message>
    <message>
        <location filename="../pages/staffing/targets_box.py" line="73"/>
        <source>Most candidate schedules the search simulates</source>
        <translation>搜索最多仿真的候选排班数</translation>
    </message>
</context>
<context>
    <name>TextBinding</name>
    <message>
        <location filename="../pages/scenario/fields.py" line="264"/>
        <source>cannot read “{text}” here; the field keeps it until it is fixed</source>
        <extracomment>a border would restyle a spin box&apos;s arrows; a red background keeps them the typed text could not be read at all (the field shows why); nothing was applied</extracomment>
        <translation>无法识别“{text}”;改正之前此栏保留你输入的内容</translation>
    </message>
</context>
<context>
    <name>TrainerWindow</name>
    <message>
        <location filename="../trainer/window.py" line="262"/>
        <source>KefuLab trainer</source>
        <extracomment>The window&apos;s tabs: the practice flow (the pages above), assignments, progress.</extracomment>
        <translation>KefuLab 客服陪练</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="263"/>
        <source>&amp;Trainer</source>
        <translation>陪练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="264"/>
        <source>&amp;Choose a script</source>
        <translation>选择剧本(&amp;C)</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="265"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="266"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="267"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="269"/>
        <source>Practice</source>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="269"/>
        <source>Assignments</source>
        <translation>作业</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="269"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
</context>
<context>
    <name>YamlTab</name>
    <message>
        <location filename="../pages/scenario/yaml_tab.py" line="90"/>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
</context>
</TS>
