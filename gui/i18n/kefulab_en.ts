<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AgentTiles</name>
    <message>
        <location filename="../pages/run/agent_tiles.py" line="128" />
        <source>No agent on duty</source>
        <translation>No agent on duty</translation>
    </message>
</context>
<context>
    <name>AssignmentsPage</name>
    <message>
        <location filename="../trainer/assignments_page.py" line="207" />
        <source>Assigned: {n}</source>
        <translation>Assigned: {n}</translation>
    </message>
    <message>
        <location filename="../trainer/assignments_page.py" line="252" />
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../trainer/assignments_page.py" line="253" />
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../trainer/assignments_page.py" line="254" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../trainer/assignments_page.py" line="255" />
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../trainer/assignments_page.py" line="260" />
        <location filename="../trainer/assignments_page.py" line="279" />
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <location filename="../trainer/assignments_page.py" line="261" />
        <location filename="../trainer/assignments_page.py" line="278" />
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <location filename="../trainer/assignments_page.py" line="262" />
        <location filename="../trainer/assignments_page.py" line="280" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../trainer/assignments_page.py" line="263" />
        <location filename="../trainer/assignments_page.py" line="281" />
        <source>Pass mark</source>
        <translation>Pass mark</translation>
    </message>
    <message>
        <location filename="../trainer/assignments_page.py" line="264" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../trainer/assignments_page.py" line="265" />
        <source>Best</source>
        <translation>Best</translation>
    </message>
    <message>
        <location filename="../trainer/assignments_page.py" line="266" />
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../trainer/assignments_page.py" line="267" />
        <location filename="../trainer/assignments_page.py" line="282" />
        <source>Assigned by</source>
        <translation>Assigned by</translation>
    </message>
    <message>
        <location filename="../trainer/assignments_page.py" line="272" />
        <source>My assignments ({name})</source>
        <translation>My assignments ({name})</translation>
    </message>
    <message>
        <location filename="../trainer/assignments_page.py" line="274" />
        <source>My assignments</source>
        <translation>My assignments</translation>
    </message>
    <message>
        <location filename="../trainer/assignments_page.py" line="277" />
        <source>Assign a script (supervisor)</source>
        <translation>Assign a script (supervisor)</translation>
    </message>
    <message>
        <location filename="../trainer/assignments_page.py" line="283" />
        <source>supervisor's name</source>
        <translation>supervisor's name</translation>
    </message>
    <message>
        <location filename="../trainer/assignments_page.py" line="284" />
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../trainer/assignments_page.py" line="285" />
        <source>Nothing assigned to you.</source>
        <translation>Nothing assigned to you.</translation>
    </message>
    <message>
        <location filename="../trainer/assignments_page.py" line="286" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../trainer/assignments_page.py" line="293" />
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
</context>
<context>
    <name>AuthorityCard</name>
    <message>
        <location filename="../trainer/cards.py" line="128" />
        <source>Your authority</source>
        <translation>Your authority</translation>
    </message>
    <message>
        <location filename="../trainer/cards.py" line="133" />
        <source>a full refund of the order is allowed</source>
        <translation>a full refund of the order is allowed</translation>
    </message>
    <message>
        <location filename="../trainer/cards.py" line="135" />
        <source>no full refund of the order</source>
        <translation>no full refund of the order</translation>
    </message>
    <message>
        <location filename="../trainer/cards.py" line="138" />
        <source>Coupon up to</source>
        <translation>Coupon up to</translation>
    </message>
    <message>
        <location filename="../trainer/cards.py" line="139" />
        <source>Cash refund up to</source>
        <translation>Cash refund up to</translation>
    </message>
    <message>
        <location filename="../trainer/cards.py" line="140" />
        <source>Order refund</source>
        <translation>Order refund</translation>
    </message>
    <message>
        <location filename="../trainer/cards.py" line="143" />
        <source>Anything above this: escalate to a supervisor.</source>
        <translation>Anything above this: escalate to a supervisor.</translation>
    </message>
    <message>
        <location filename="../trainer/cards.py" line="146" />
        <source>Never</source>
        <translation>Never</translation>
    </message>
</context>
<context>
    <name>BriefPage</name>
    <message>
        <location filename="../trainer/brief_page.py" line="124" />
        <source>Exam: no coaching hints and no model answers; a countdown shows the time each reply may take.</source>
        <translation>Exam: no coaching hints and no model answers; a countdown shows the time each reply may take.</translation>
    </message>
    <message>
        <location filename="../trainer/brief_page.py" line="131" />
        <source>Practice: a coaching hint after each reply, better phrasings in the scorecard.</source>
        <translation>Practice: a coaching hint after each reply, better phrasings in the scorecard.</translation>
    </message>
    <message>
        <location filename="../trainer/brief_page.py" line="137" />
        <source>Brief: {title}</source>
        <translation>Brief: {title}</translation>
    </message>
    <message>
        <location filename="../trainer/brief_page.py" line="138" />
        <source>Mode:</source>
        <translation>Mode:</translation>
    </message>
    <message>
        <location filename="../trainer/brief_page.py" line="139" />
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <location filename="../trainer/brief_page.py" line="140" />
        <source>Exam</source>
        <translation>Exam</translation>
    </message>
    <message>
        <location filename="../trainer/brief_page.py" line="141" />
        <source>From the bot:</source>
        <translation>From the bot:</translation>
    </message>
    <message>
        <location filename="../trainer/brief_page.py" line="142" />
        <source>Warm (transcript shown)</source>
        <translation>Warm (transcript shown)</translation>
    </message>
    <message>
        <location filename="../trainer/brief_page.py" line="143" />
        <source>You see what the customer already told the bot</source>
        <translation>You see what the customer already told the bot</translation>
    </message>
    <message>
        <location filename="../trainer/brief_page.py" line="144" />
        <source>Cold (nothing shown)</source>
        <translation>Cold (nothing shown)</translation>
    </message>
    <message>
        <location filename="../trainer/brief_page.py" line="145" />
        <source>The customer must tell you again: compare the scores</source>
        <translation>The customer must tell you again: compare the scores</translation>
    </message>
    <message>
        <location filename="../trainer/brief_page.py" line="146" />
        <source>← Other script</source>
        <translation>← Other script</translation>
    </message>
    <message>
        <location filename="../trainer/brief_page.py" line="147" />
        <source>Start the chat</source>
        <translation>Start the chat</translation>
    </message>
</context>
<context>
    <name>CalibratePage</name>
    <message>
        <location filename="../pages/calibrate_page.py" line="133" />
        <source>Everything but demand comes from the scenario in the editor: {name}</source>
        <translation>Everything but demand comes from the scenario in the editor: {name}</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="141" />
        <source>Open hourly history</source>
        <translation>Open hourly history</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="141" />
        <source>Hourly history (*.csv)</source>
        <translation>Hourly history (*.csv)</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="164" />
        <source>No history open: open an hourly export (CSV).</source>
        <translation>No history open: open an hourly export (CSV).</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="168" />
        <source>History: {file} ({hours} hourly rows, {days} days)</source>
        <translation>History: {file} ({hours} hourly rows, {days} days)</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="202" />
        <source>Fitting volume, hourly profile and promo days (pilot runs)…</source>
        <translation>Fitting volume, hourly profile and promo days (pilot runs)…</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="203" />
        <source>Simulating the fitted scenario to compare with the history…</source>
        <translation>Simulating the fitted scenario to compare with the history…</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="204" />
        <source>Fitted.</source>
        <translation>Fitted.</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="205" />
        <source>Cancelled; no fit.</source>
        <translation>Cancelled; no fit.</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="243" />
        <source>Save fitted scenario</source>
        <translation>Save fitted scenario</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="243" />
        <source>Scenario files (*.yaml *.yml)</source>
        <translation>Scenario files (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="260" />
        <source>{path}: shipped scenarios are read-only; choose another name</source>
        <translation>{path}: shipped scenarios are read-only; choose another name</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="272" />
        <source>Saved the fitted scenario to {path}</source>
        <translation>Saved the fitted scenario to {path}</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="280" />
        <source>Cannot open the fitted scenario in the editor.</source>
        <translation>Cannot open the fitted scenario in the editor.</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="283" />
        <source>The fitted scenario is in the editor; Undo brings the previous one back.</source>
        <translation>The fitted scenario is in the editor; Undo brings the previous one back.</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="304" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="305" />
        <source>Fitted scenario, simulated</source>
        <translation>Fitted scenario, simulated</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="306" />
        <source>Hour of day</source>
        <translation>Hour of day</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="308" />
        <source>Sessions per hour</source>
        <translation>Sessions per hour</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="309" />
        <source>Handed off to agents per hour</source>
        <translation>Handed off to agents per hour</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="310" />
        <source>Mean first response (s)</source>
        <translation>Mean first response (s)</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="312" />
        <source>not in the history</source>
        <translation>not in the history</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="326" />
        <source>Open history CSV…</source>
        <translation>Open history CSV…</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="327" />
        <source>Open the example shop</source>
        <translation>Open the example shop</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="328" />
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="329" />
        <source>Fit again</source>
        <translation>Fit again</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="330" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="331" />
        <source>Save fitted scenario…</source>
        <translation>Save fitted scenario…</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="332" />
        <source>Open in the editor</source>
        <translation>Open in the editor</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="335" />
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="336" />
        <source>Sessions
history</source>
        <translation>Sessions
history</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="337" />
        <source>Sessions
fit</source>
        <translation>Sessions
fit</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="338" />
        <source>Handoffs
history</source>
        <translation>Handoffs
history</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="339" />
        <source>Handoffs
fit</source>
        <translation>Handoffs
fit</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="340" />
        <source>First response (s)
history</source>
        <translation>First response (s)
history</translation>
    </message>
    <message>
        <location filename="../pages/calibrate_page.py" line="341" />
        <source>First response (s)
fit</source>
        <translation>First response (s)
fit</translation>
    </message>
</context>
<context>
    <name>CandidatesPanel</name>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="163" />
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="164" />
        <source>After training ({who})</source>
        <translation>After training ({who})</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="206" />
        <source>Scenario files (*.yaml *.yml)</source>
        <translation>Scenario files (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="211" />
        <source>Baseline scenario</source>
        <translation>Baseline scenario</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="215" />
        <source>Whole team</source>
        <translation>Whole team</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="218" />
        <location filename="../pages/compare/candidates_panel.py" line="224" />
        <source>After training</source>
        <translation>After training</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="218" />
        <source>Whose recent scores:</source>
        <translation>Whose recent scores:</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="225" />
        <source>Share of agents trained (0-1):</source>
        <translation>Share of agents trained (0-1):</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="235" />
        <source>Alternative scenario</source>
        <translation>Alternative scenario</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="242" />
        <source>{name}  (copy of the editor's scenario)</source>
        <translation>{name}  (copy of the editor's scenario)</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="260" />
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="261" />
        <source>Pin the editor's scenario</source>
        <translation>Pin the editor's scenario</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="262" />
        <source>Open file…</source>
        <translation>Open file…</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="263" />
        <source>Alternatives</source>
        <translation>Alternatives</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="264" />
        <source>Add the editor's scenario as alternative</source>
        <translation>Add the editor's scenario as alternative</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="265" />
        <source>Add file…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="266" />
        <source>Add shipped</source>
        <translation>Add shipped</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="267" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="268" />
        <source>Add “after training” from the trainer's store…</source>
        <translation>Add “after training” from the trainer's store…</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="271" />
        <source>The editor's scenario with agents at the level the trainees' recent role-play scores map to (docs/training-roi.md): compare it with today for the training ROI</source>
        <translation>The editor's scenario with agents at the level the trainees' recent role-play scores map to (docs/training-roi.md): compare it with today for the training ROI</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="275" />
        <source>Load selected into the editor</source>
        <translation>Load selected into the editor</translation>
    </message>
    <message>
        <location filename="../pages/compare/candidates_panel.py" line="277" />
        <source>Replace the editor's scenario with the selected alternative (undoable)</source>
        <translation>Replace the editor's scenario with the selected alternative (undoable)</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <location filename="../trainer/chat_page.py" line="167" />
        <source>Try again from turn {n}. Last time you wrote: {text}</source>
        <translation>Try again from turn {n}. Last time you wrote: {text}</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="183" />
        <source>The bot handed this chat to you. Its transcript is not shown (cold).</source>
        <translation>The bot handed this chat to you. Its transcript is not shown (cold).</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="186" />
        <source>The bot's conversation before the handoff</source>
        <translation>The bot's conversation before the handoff</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="193" />
        <source>Handed to you: {reason}</source>
        <translation>Handed to you: {reason}</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="203" />
        <source>A reply is at most {n} characters; send it as shorter messages.</source>
        <translation>A reply is at most {n} characters; send it as shorter messages.</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="331" />
        <source>Getting ready to read your reply (only on first use)…</source>
        <translation>Getting ready to read your reply (only on first use)…</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="257" />
        <source>Coach: {hint}</source>
        <translation>Coach: {hint}</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="272" />
        <location filename="../trainer/chat_page.py" line="358" />
        <source>{name} is typing…</source>
        <translation>{name} is typing…</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="292" />
        <source>The conversation has ended: {ending}.</source>
        <translation>The conversation has ended: {ending}.</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="316" />
        <source>Time left {s:.1f} s</source>
        <translation>Time left {s:.1f} s</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="318" />
        <source>Over time by {s:.1f} s</source>
        <translation>Over time by {s:.1f} s</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="321" />
        <source>Reply time {s:.1f} s</source>
        <translation>Reply time {s:.1f} s</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="334" />
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="335" />
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Enter sends, Shift+Enter starts a new line</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="336" />
        <source>End and score</source>
        <translation>End and score</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="338" />
        <source>Stop here: the session is scored as the customer leaving</source>
        <translation>Stop here: the session is scored as the customer leaving</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="340" />
        <source>See your scorecard</source>
        <translation>See your scorecard</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="342" />
        <source>Type your reply. Enter sends, Shift+Enter starts a new line.</source>
        <translation>Type your reply. Enter sends, Shift+Enter starts a new line.</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="344" />
        <source>Mood</source>
        <translation>Mood</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="345" />
        <source>The customer's anger: green calm, red furious</source>
        <translation>The customer's anger: green calm, red furious</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="350" />
        <source>Exam</source>
        <translation>Exam</translation>
    </message>
    <message>
        <location filename="../trainer/chat_page.py" line="350" />
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../trainer/bubbles.py" line="170" />
        <source>I was misread…</source>
        <extracomment>Bubble colours by role; ``highlight`` marks the turn a scorecard line points to.</extracomment>
        <translation>I was misread…</translation>
    </message>
    <message>
        <location filename="../trainer/bubbles.py" line="171" />
        <source>Mark the moves this reply should have been read as</source>
        <translation>Mark the moves this reply should have been read as</translation>
    </message>
    <message>
        <location filename="../trainer/bubbles.py" line="172" />
        <source>Try again from here</source>
        <translation>Try again from here</translation>
    </message>
    <message>
        <location filename="../trainer/bubbles.py" line="173" />
        <source>Replay the replies before this one, then answer anew</source>
        <translation>Replay the replies before this one, then answer anew</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <location filename="../trainer/choose_page.py" line="249" />
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../trainer/choose_page.py" line="254" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../trainer/choose_page.py" line="246" />
        <source>Pre-sale</source>
        <translation>Pre-sale</translation>
    </message>
    <message>
        <location filename="../trainer/choose_page.py" line="247" />
        <source>Logistics</source>
        <translation>Logistics</translation>
    </message>
    <message>
        <location filename="../trainer/choose_page.py" line="248" />
        <source>After-sale</source>
        <translation>After-sale</translation>
    </message>
    <message>
        <location filename="../trainer/choose_page.py" line="259" />
        <source>Choose a customer to practise with</source>
        <translation>Choose a customer to practise with</translation>
    </message>
    <message>
        <location filename="../trainer/choose_page.py" line="260" />
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <location filename="../trainer/choose_page.py" line="261" />
        <source>Your name (type a new one to add it)</source>
        <translation>Your name (type a new one to add it)</translation>
    </message>
    <message>
        <location filename="../trainer/choose_page.py" line="262" />
        <location filename="../trainer/choose_page.py" line="281" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../trainer/choose_page.py" line="263" />
        <location filename="../trainer/choose_page.py" line="282" />
        <source>Difficulty</source>
        <translation>Difficulty</translation>
    </message>
    <message>
        <location filename="../trainer/choose_page.py" line="265" />
        <location filename="../trainer/choose_page.py" line="268" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../trainer/choose_page.py" line="280" />
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <location filename="../trainer/choose_page.py" line="283" />
        <source>Intent</source>
        <translation>Intent</translation>
    </message>
    <message>
        <location filename="../trainer/choose_page.py" line="284" />
        <source>Your best</source>
        <translation>Your best</translation>
    </message>
    <message>
        <location filename="../trainer/choose_page.py" line="285" />
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../trainer/choose_page.py" line="288" />
        <source>Read the brief →</source>
        <translation>Read the brief →</translation>
    </message>
    <message>
        <location filename="../trainer/choose_page.py" line="292" />
        <source>Script files that could not be loaded</source>
        <translation>Script files that could not be loaded</translation>
    </message>
    <message>
        <location filename="../trainer/choose_page.py" line="294" />
        <source>Fix them (kefulab validate FILE) to see them here.</source>
        <translation>Fix them (kefulab validate FILE) to see them here.</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <location filename="../pages/compare_page.py" line="138" />
        <source>Add at least one alternative to compare.</source>
        <translation>Add at least one alternative to compare.</translation>
    </message>
    <message>
        <location filename="../pages/compare_page.py" line="157" />
        <source>Starting worker processes: {n}…</source>
        <translation>Starting worker processes: {n}…</translation>
    </message>
    <message>
        <location filename="../pages/compare_page.py" line="164" />
        <source>{done} of {total} runs done</source>
        <translation>{done} of {total} runs done</translation>
    </message>
    <message>
        <location filename="../pages/compare_page.py" line="171" />
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <location filename="../pages/compare_page.py" line="179" />
        <source>Cancelled: too few replications finished to pair ({n} runs).</source>
        <translation>Cancelled: too few replications finished to pair ({n} runs).</translation>
    </message>
    <message>
        <location filename="../pages/compare_page.py" line="186" />
        <source>Cancelled: showing the {n} replications every scenario finished.</source>
        <translation>Cancelled: showing the {n} replications every scenario finished.</translation>
    </message>
    <message>
        <location filename="../pages/compare_page.py" line="206" />
        <source>Cannot load {name} into the editor.</source>
        <translation>Cannot load {name} into the editor.</translation>
    </message>
    <message>
        <location filename="../pages/compare_page.py" line="211" />
        <source>Loaded {name} into the editor; Undo brings the previous scenario back.</source>
        <translation>Loaded {name} into the editor; Undo brings the previous scenario back.</translation>
    </message>
    <message>
        <location filename="../pages/compare_page.py" line="235" />
        <source>No comparison yet</source>
        <translation>No comparison yet</translation>
    </message>
    <message>
        <location filename="../pages/compare_page.py" line="238" />
        <source>Pin a baseline, add alternatives (the editor's scenario after a change, files or shipped scenarios) and run them on the same random numbers.</source>
        <translation>Pin a baseline, add alternatives (the editor's scenario after a change, files or shipped scenarios) and run them on the same random numbers.</translation>
    </message>
    <message>
        <location filename="../pages/compare_page.py" line="244" />
        <source>{n} scenarios · seed {seed} · replications: {reps}</source>
        <translation>{n} scenarios · seed {seed} · replications: {reps}</translation>
    </message>
    <message>
        <location filename="../pages/compare_page.py" line="249" />
        <source>Each alternative minus the baseline, paired by replication (common random numbers), with its 95% CI. * the interval excludes 0: green is better for the shop, red worse.</source>
        <translation>Each alternative minus the baseline, paired by replication (common random numbers), with its 95% CI. * the interval excludes 0: green is better for the shop, red worse.</translation>
    </message>
    <message>
        <location filename="../pages/compare_page.py" line="254" />
        <source>Cancelled early: fewer replications than asked.</source>
        <translation>Cancelled early: fewer replications than asked.</translation>
    </message>
    <message>
        <location filename="../pages/compare_page.py" line="259" />
        <source>Replications:</source>
        <translation>Replications:</translation>
    </message>
    <message>
        <location filename="../pages/compare_page.py" line="260" />
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <location filename="../pages/compare_page.py" line="261" />
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../pages/compare_page.py" line="262" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../pages/compare_page.py" line="263" />
        <source>Paired differences</source>
        <translation>Paired differences</translation>
    </message>
    <message>
        <location filename="../pages/compare_page.py" line="264" />
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location filename="../pages/compare_page.py" line="265" />
        <source>Return on investment</source>
        <translation>Return on investment</translation>
    </message>
    <message>
        <location filename="../pages/compare_page.py" line="268" />
        <source>Per day: the alternative's money per simulated day minus the baseline's; per month: 30 days. Payback: the alternative's one-off cost divided by its daily profit gain.</source>
        <translation>Per day: the alternative's money per simulated day minus the baseline's; per month: 30 days. Payback: the alternative's one-off cost divided by its daily profit gain.</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <location filename="../trainer/cards.py" line="87" />
        <source>The customer</source>
        <translation>The customer</translation>
    </message>
    <message>
        <location filename="../trainer/cards.py" line="91" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../trainer/cards.py" line="91" />
        <source>Member level</source>
        <translation>Member level</translation>
    </message>
    <message>
        <location filename="../trainer/cards.py" line="93" />
        <source>Manner</source>
        <translation>Manner</translation>
    </message>
    <message>
        <location filename="../trainer/cards.py" line="99" />
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
</context>
<context>
    <name>DiagnosticWords</name>
    <message>
        <location filename="../diagnostic_words.py" line="27" />
        <source>must be at least {n}</source>
        <translation>must be at least {n}</translation>
    </message>
    <message>
        <location filename="../diagnostic_words.py" line="31" />
        <source>must be above {n}</source>
        <translation>must be above {n}</translation>
    </message>
    <message>
        <location filename="../diagnostic_words.py" line="35" />
        <source>must be at most {n}</source>
        <translation>must be at most {n}</translation>
    </message>
    <message>
        <location filename="../diagnostic_words.py" line="39" />
        <source>must be below {n}</source>
        <translation>must be below {n}</translation>
    </message>
    <message>
        <location filename="../diagnostic_words.py" line="43" />
        <source>must be a finite number</source>
        <translation>must be a finite number</translation>
    </message>
    <message>
        <location filename="../diagnostic_words.py" line="47" />
        <source>must be a number</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <location filename="../diagnostic_words.py" line="51" />
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <location filename="../diagnostic_words.py" line="55" />
        <source>must be on or off (true/false)</source>
        <translation>must be on or off (true/false)</translation>
    </message>
    <message>
        <location filename="../diagnostic_words.py" line="59" />
        <source>must be text</source>
        <translation>must be text</translation>
    </message>
    <message>
        <location filename="../diagnostic_words.py" line="63" />
        <source>must be a list</source>
        <translation>must be a list</translation>
    </message>
    <message>
        <location filename="../diagnostic_words.py" line="67" />
        <source>must be a group of fields</source>
        <translation>must be a group of fields</translation>
    </message>
    <message>
        <location filename="../diagnostic_words.py" line="71" />
        <source>must be one of {n}</source>
        <translation>must be one of {n}</translation>
    </message>
    <message>
        <location filename="../diagnostic_words.py" line="75" />
        <source>unknown field</source>
        <translation>unknown field</translation>
    </message>
    <message>
        <location filename="../diagnostic_words.py" line="79" />
        <source>required field is missing</source>
        <translation>required field is missing</translation>
    </message>
    <message>
        <location filename="../diagnostic_words.py" line="84" />
        <source>the schedule needs 24 hourly headcounts</source>
        <translation>the schedule needs 24 hourly headcounts</translation>
    </message>
    <message>
        <location filename="../diagnostic_words.py" line="90" />
        <source>needs 24 hourly weights (00:00-23:00)</source>
        <translation>needs 24 hourly weights (00:00-23:00)</translation>
    </message>
    <message>
        <location filename="../diagnostic_words.py" line="100" />
        <source>allowed here: {n}</source>
        <translation>allowed here: {n}</translation>
    </message>
    <message>
        <location filename="../diagnostic_words.py" line="104" />
        <source>did you mean {n}?</source>
        <translation>did you mean {n}?</translation>
    </message>
    <message>
        <location filename="../diagnostic_words.py" line="120" />
        <source>{text}, got {value}</source>
        <translation>{text}, got {value}</translation>
    </message>
    <message>
        <location filename="../diagnostic_words.py" line="144" />
        <source>{message} ({hint})</source>
        <translation>{message} ({hint})</translation>
    </message>
</context>
<context>
    <name>DifferencesTable</name>
    <message>
        <location filename="../pages/compare/tables.py" line="101" />
        <source>KPI</source>
        <extracomment>Text colour of a significant change, by :func:`change_style`. Longest scenario name shown whole in a column header.</extracomment>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../pages/compare/tables.py" line="101" />
        <source>baseline</source>
        <translation>baseline</translation>
    </message>
    <message>
        <location filename="../pages/compare/tables.py" line="102" />
        <source>minus the baseline</source>
        <translation>minus the baseline</translation>
    </message>
</context>
<context>
    <name>DimensionView</name>
    <message>
        <location filename="../trainer/dimensions.py" line="175" />
        <source>Blocks a pass</source>
        <translation>Blocks a pass</translation>
    </message>
    <message>
        <location filename="../trainer/dimensions.py" line="179" />
        <source>{score:g} of {max:g}</source>
        <translation>{score:g} of {max:g}</translation>
    </message>
    <message>
        <location filename="../trainer/dimensions.py" line="190" />
        <source>(no words of yours)</source>
        <translation>(no words of yours)</translation>
    </message>
    <message>
        <location filename="../trainer/dimensions.py" line="192" />
        <source> (turn {n})</source>
        <translation> (turn {n})</translation>
    </message>
    <message>
        <location filename="../trainer/dimensions.py" line="193" />
        <source>Your words: {words}</source>
        <translation>Your words: {words}</translation>
    </message>
    <message>
        <location filename="../trainer/dimensions.py" line="199" />
        <source>Better: {text}</source>
        <translation>Better: {text}</translation>
    </message>
    <message>
        <location filename="../trainer/dimensions.py" line="203" />
        <source>{key}: {value}</source>
        <translation>{key}: {value}</translation>
    </message>
    <message>
        <location filename="../trainer/dimensions.py" line="213" />
        <source>Knowledge-base fact not stated: {facts}</source>
        <translation>Knowledge-base fact not stated: {facts}</translation>
    </message>
    <message>
        <location filename="../trainer/dimensions.py" line="220" />
        <source>Points lost: {losses}</source>
        <translation>Points lost: {losses}</translation>
    </message>
    <message>
        <location filename="../trainer/dimensions.py" line="229" />
        <source>{move} missing</source>
        <translation>{move} missing</translation>
    </message>
    <message>
        <location filename="../trainer/dimensions.py" line="231" />
        <source>{move} too early</source>
        <translation>{move} too early</translation>
    </message>
</context>
<context>
    <name>DistWords</name>
    <message>
        <location filename="../pages/scenario/dist_edit.py" line="36" />
        <source>mean {n} s</source>
        <translation>mean {n} s</translation>
    </message>
    <message>
        <location filename="../pages/scenario/dist_edit.py" line="38" />
        <source>mean {n}</source>
        <translation>mean {n}</translation>
    </message>
    <message>
        <location filename="../pages/scenario/dist_edit.py" line="41" />
        <source>CV {n}</source>
        <translation>CV {n}</translation>
    </message>
    <message>
        <location filename="../pages/scenario/dist_edit.py" line="43" />
        <source>exponential</source>
        <translation>exponential</translation>
    </message>
    <message>
        <location filename="../pages/scenario/dist_edit.py" line="44" />
        <source>lognormal</source>
        <translation>lognormal</translation>
    </message>
    <message>
        <location filename="../pages/scenario/dist_edit.py" line="45" />
        <source>gamma</source>
        <translation>gamma</translation>
    </message>
    <message>
        <location filename="../pages/scenario/dist_edit.py" line="46" />
        <source>geometric</source>
        <translation>geometric</translation>
    </message>
    <message>
        <location filename="../pages/scenario/dist_edit.py" line="47" />
        <source>1 + Poisson</source>
        <translation>1 + Poisson</translation>
    </message>
    <message>
        <location filename="../pages/scenario/dist_edit.py" line="50" />
        <location filename="../pages/scenario/dist_edit.py" line="65" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../pages/scenario/dist_edit.py" line="54" />
        <source>always {n}</source>
        <translation>always {n}</translation>
    </message>
    <message>
        <location filename="../pages/scenario/dist_edit.py" line="56" />
        <source>uniform from {low} to {high}</source>
        <translation>uniform from {low} to {high}</translation>
    </message>
    <message>
        <location filename="../pages/scenario/dist_edit.py" line="64" />
        <source>one of {values}</source>
        <translation>one of {values}</translation>
    </message>
</context>
<context>
    <name>FitSummary</name>
    <message>
        <location filename="../pages/calibrate/fit_summary.py" line="27" />
        <source>{days} days fitted: {observed:,.0f} sessions per ordinary day, of which {first:,.0f} first contacts (re-contact factor {factor:.3f}); busiest hour {peak:02d}:00 ({share:.1f}% of the day).</source>
        <translation>{days} days fitted: {observed:,.0f} sessions per ordinary day, of which {first:,.0f} first contacts (re-contact factor {factor:.3f}); busiest hour {peak:02d}:00 ({share:.1f}% of the day).</translation>
    </message>
    <message>
        <location filename="../pages/calibrate/fit_summary.py" line="43" />
        <source>Promo days: {days}.</source>
        <translation>Promo days: {days}.</translation>
    </message>
    <message>
        <location filename="../pages/calibrate/fit_summary.py" line="44" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../pages/calibrate/fit_summary.py" line="47" />
        <source>Left out (not 24 hours): {days}.</source>
        <translation>Left out (not 24 hours): {days}.</translation>
    </message>
</context>
<context>
    <name>FlowView</name>
    <message>
        <location filename="../pages/run/flow_view.py" line="47" />
        <source>keyword</source>
        <translation>keyword</translation>
    </message>
    <message>
        <location filename="../pages/run/flow_view.py" line="48" />
        <source>asked for a human</source>
        <translation>asked for a human</translation>
    </message>
    <message>
        <location filename="../pages/run/flow_view.py" line="49" />
        <source>emotion</source>
        <translation>emotion</translation>
    </message>
    <message>
        <location filename="../pages/run/flow_view.py" line="50" />
        <source>failed answers</source>
        <translation>failed answers</translation>
    </message>
    <message>
        <location filename="../pages/run/flow_view.py" line="51" />
        <source>no bot</source>
        <translation>no bot</translation>
    </message>
    <message>
        <location filename="../pages/run/flow_view.py" line="57" />
        <source>bars and % of all arrivals, warm-up included</source>
        <translation>bars and % of all arrivals, warm-up included</translation>
    </message>
    <message>
        <location filename="../pages/run/flow_view.py" line="62" />
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../pages/run/flow_view.py" line="63" />
        <source>With the bot now</source>
        <translation>With the bot now</translation>
    </message>
    <message>
        <location filename="../pages/run/flow_view.py" line="64" />
        <source>Resolved by the bot</source>
        <translation>Resolved by the bot</translation>
    </message>
    <message>
        <location filename="../pages/run/flow_view.py" line="65" />
        <source>Left at the bot</source>
        <translation>Left at the bot</translation>
    </message>
    <message>
        <location filename="../pages/run/flow_view.py" line="66" />
        <source>Handed off</source>
        <translation>Handed off</translation>
    </message>
    <message>
        <location filename="../pages/run/flow_view.py" line="72" />
        <source>Abandoned in the queue</source>
        <translation>Abandoned in the queue</translation>
    </message>
    <message>
        <location filename="../pages/run/flow_view.py" line="73" />
        <source>Resolved (bot and human)</source>
        <translation>Resolved (bot and human)</translation>
    </message>
    <message>
        <location filename="../pages/run/flow_view.py" line="74" />
        <source>Ordered</source>
        <translation>Ordered</translation>
    </message>
</context>
<context>
    <name>GridBox</name>
    <message>
        <location filename="../pages/sweep/grid_box.py" line="57" />
        <location filename="../pages/sweep/grid_box.py" line="131" />
        <source>(none)</source>
        <extracomment>the field the first chooser starts on, when the scenario has it second fields tried for a small 2 x 2 grid (the snapshot's), in order</extracomment>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../pages/sweep/grid_box.py" line="112" />
        <source>Choose two different fields.</source>
        <translation>Choose two different fields.</translation>
    </message>
    <message>
        <location filename="../pages/sweep/grid_box.py" line="117" />
        <source>Fields and values</source>
        <translation>Fields and values</translation>
    </message>
    <message>
        <location filename="../pages/sweep/grid_box.py" line="118" />
        <source>Field 1 (across):</source>
        <translation>Field 1 (across):</translation>
    </message>
    <message>
        <location filename="../pages/sweep/grid_box.py" line="119" />
        <source>Field 2 (up):</source>
        <translation>Field 2 (up):</translation>
    </message>
    <message>
        <location filename="../pages/sweep/grid_box.py" line="121" />
        <source>Values:</source>
        <translation>Values:</translation>
    </message>
    <message>
        <location filename="../pages/sweep/grid_box.py" line="124" />
        <source>Values as on the command line: a list (2,3,4 or true,false) or a range START:STOP:STEP (8:16:2 gives 8, 10, 12, 14, 16).</source>
        <translation>Values as on the command line: a list (2,3,4 or true,false) or a range START:STOP:STEP (8:16:2 gives 8, 10, 12, 14, 16).</translation>
    </message>
</context>
<context>
    <name>HandoffCard</name>
    <message>
        <location filename="../trainer/cards.py" line="204" />
        <source>What the bot collected</source>
        <translation>What the bot collected</translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <location filename="../trainer/history_export.py" line="40" />
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../trainer/history_export.py" line="42" />
        <source>Every session with its scores, UTF-8 with BOM so Excel shows Chinese</source>
        <translation>Every session with its scores, UTF-8 with BOM so Excel shows Chinese</translation>
    </message>
    <message>
        <location filename="../trainer/history_export.py" line="53" />
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <location filename="../trainer/history_export.py" line="63" />
        <source>{n} session(s) written to {path}</source>
        <translation>{n} session(s) written to {path}</translation>
    </message>
    <message>
        <location filename="../trainer/history_export.py" line="70" />
        <source>Export history as CSV</source>
        <translation>Export history as CSV</translation>
    </message>
    <message>
        <location filename="../trainer/history_export.py" line="72" />
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>JobPage</name>
    <message>
        <location filename="../pages/job_page.py" line="74" />
        <source>Failed.</source>
        <translation>Failed.</translation>
    </message>
    <message>
        <location filename="../pages/job_page.py" line="97" />
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>KbPanel</name>
    <message>
        <location filename="../trainer/kb_panel.py" line="116" />
        <source>Knowledge base</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <location filename="../trainer/kb_panel.py" line="117" />
        <source>Search: a keyword or the customer's question</source>
        <translation>Search: a keyword or the customer's question</translation>
    </message>
    <message>
        <location filename="../trainer/kb_panel.py" line="118" />
        <source>Insert into reply</source>
        <translation>Insert into reply</translation>
    </message>
    <message>
        <location filename="../trainer/kb_panel.py" line="120" />
        <source>Put this answer into your reply (double-click works too)</source>
        <translation>Put this answer into your reply (double-click works too)</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <location filename="../pages/run/kpi_tiles.py" line="69" />
        <source>of handed-off chats that ended</source>
        <extracomment>(KPI catalogue name, Snapshot field) of the tiles, in display order</extracomment>
        <translation>of handed-off chats that ended</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="159" />
        <source>(none)</source>
        <extracomment>Sidebar icons by page key (standard icons, so nothing to ship); others get a plain file icon.</extracomment>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="169" />
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="170" />
        <source>The scenario has unsaved changes. Save them first?</source>
        <translation>The scenario has unsaved changes. Save them first?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="189" />
        <source>Save scenario as</source>
        <translation>Save scenario as</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="189" />
        <location filename="../main_window.py" line="204" />
        <source>Scenario files (*.yaml *.yml)</source>
        <translation>Scenario files (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="204" />
        <source>Open scenario</source>
        <translation>Open scenario</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="244" />
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="255" />
        <source>About KefuLab</source>
        <translation>About KefuLab</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="261" />
        <source>KefuLab %1: a simulation workbench for e-commerce customer service. Edit a scenario, watch a day play out, and read the results with their uncertainty.</source>
        <translation>KefuLab %1: a simulation workbench for e-commerce customer service. Edit a scenario, watch a day play out, and read the results with their uncertainty.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="276" />
        <source> (read-only)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="283" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="284" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="289" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="290" />
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="291" />
        <source>Open &amp;shipped scenario</source>
        <translation>Open &amp;shipped scenario</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="296" />
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="297" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="298" />
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="299" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="300" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="302" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="303" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="304" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="305" />
        <source>&amp;About KefuLab</source>
        <translation>&amp;About KefuLab</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../widgets/message_bar.py" line="68" />
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>MisreadDialog</name>
    <message>
        <location filename="../trainer/misread.py" line="41" />
        <source>I was misread: turn {n}</source>
        <translation>I was misread: turn {n}</translation>
    </message>
    <message>
        <location filename="../trainer/misread.py" line="44" />
        <source>Tick what this reply really does. It was read as: {moves}</source>
        <translation>Tick what this reply really does. It was read as: {moves}</translation>
    </message>
    <message>
        <location filename="../trainer/misread.py" line="64" />
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
</context>
<context>
    <name>OrderCard</name>
    <message>
        <location filename="../trainer/cards.py" line="108" />
        <source>The order</source>
        <translation>The order</translation>
    </message>
    <message>
        <location filename="../trainer/cards.py" line="113" />
        <source>No order: the customer has not bought yet.</source>
        <translation>No order: the customer has not bought yet.</translation>
    </message>
    <message>
        <location filename="../trainer/cards.py" line="115" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../trainer/cards.py" line="115" />
        <source>Price</source>
        <translation>Price</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../pages/__init__.py" line="37" />
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../pages/__init__.py" line="38" />
        <source>Run and watch</source>
        <translation>Run and watch</translation>
    </message>
    <message>
        <location filename="../pages/__init__.py" line="39" />
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../pages/__init__.py" line="40" />
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../pages/__init__.py" line="41" />
        <source>Sweep</source>
        <translation>Sweep</translation>
    </message>
    <message>
        <location filename="../pages/__init__.py" line="42" />
        <source>Staffing</source>
        <translation>Staffing</translation>
    </message>
    <message>
        <location filename="../pages/__init__.py" line="43" />
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../pages/__init__.py" line="44" />
        <source>Calibrate</source>
        <translation>Calibrate</translation>
    </message>
</context>
<context>
    <name>PlanTable</name>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="72" />
        <source>Hour</source>
        <extracomment>background of an hour the current schedule under- or over-staffs against the plan</extracomment>
        <translation>Hour</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="73" />
        <source>Handoffs/h</source>
        <translation>Handoffs/h</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="73" />
        <source>Chats handed to agents per hour (current schedule)</source>
        <translation>Chats handed to agents per hour (current schedule)</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="74" />
        <source>Erlang</source>
        <translation>Erlang</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="74" />
        <source>Agents needed by the Erlang C/A formula</source>
        <translation>Agents needed by the Erlang C/A formula</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="75" />
        <source>Simulated</source>
        <translation>Simulated</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="75" />
        <source>Agents needed, checked in simulation: the plan</source>
        <translation>Agents needed, checked in simulation: the plan</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="76" />
        <source>Current</source>
        <translation>Current</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="76" />
        <source>Agents on duty in the scenario now</source>
        <translation>Agents on duty in the scenario now</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="77" />
        <source>FRT SLA</source>
        <translation>FRT SLA</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="77" />
        <source>First replies within the threshold with the plan</source>
        <translation>First replies within the threshold with the plan</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="78" />
        <source>Abandoned</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="78" />
        <source>Handed-off chats abandoned with the plan</source>
        <translation>Handed-off chats abandoned with the plan</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="80" />
        <source>SLA now</source>
        <translation>SLA now</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="81" />
        <source>First replies within the threshold with the current schedule</source>
        <translation>First replies within the threshold with the current schedule</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="84" />
        <source>Abandoned now</source>
        <translation>Abandoned now</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="85" />
        <source>Handed-off chats abandoned with the current schedule</source>
        <translation>Handed-off chats abandoned with the current schedule</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="94" />
        <source>Under-staffed now: {n} agents fewer than the plan</source>
        <translation>Under-staffed now: {n} agents fewer than the plan</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="95" />
        <source>Over-staffed now: {n} agents more than the plan</source>
        <translation>Over-staffed now: {n} agents more than the plan</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="96" />
        <source>The plan still misses a target here: raise the iterations.</source>
        <translation>The plan still misses a target here: raise the iterations.</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="97" />
        <source>The current schedule misses this target in this hour.</source>
        <translation>The current schedule misses this target in this hour.</translation>
    </message>
    <message>
        <location filename="../pages/staffing/plan_table.py" line="99" />
        <source>Out of reach even with many agents (few chats, long first replies).</source>
        <translation>Out of reach even with many agents (few chats, long first replies).</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <location filename="../pages/scenario/presets.py" line="34" />
        <source>Singles' Day 11.11 (×5)</source>
        <translation>Singles' Day 11.11 (×5)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/presets.py" line="65" />
        <source>618 mid-year sale (×3)</source>
        <translation>618 mid-year sale (×3)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/presets.py" line="96" />
        <source>New Year goods festival (×2)</source>
        <translation>New Year goods festival (×2)</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../trainer/progress_page.py" line="150" />
        <source>No finished session yet</source>
        <translation>No finished session yet</translation>
    </message>
    <message>
        <location filename="../trainer/progress_page.py" line="155" />
        <source>{n} session(s) · best {best:.0f} · latest {last:.0f} · {passed} passed</source>
        <translation>{n} session(s) · best {best:.0f} · latest {last:.0f} · {passed} passed</translation>
    </message>
    <message>
        <location filename="../trainer/progress_page.py" line="158" />
        <source>{n} exam(s)</source>
        <translation>{n} exam(s)</translation>
    </message>
    <message>
        <location filename="../trainer/progress_page.py" line="164" />
        <source>Nothing weak yet: finish a session first.</source>
        <translation>Nothing weak yet: finish a session first.</translation>
    </message>
    <message>
        <location filename="../trainer/progress_page.py" line="168" />
        <source>{name}: {share:.0%} of the points on average</source>
        <translation>{name}: {share:.0%} of the points on average</translation>
    </message>
    <message>
        <location filename="../trainer/progress_page.py" line="173" />
        <source>Try: {text}</source>
        <translation>Try: {text}</translation>
    </message>
    <message>
        <location filename="../trainer/progress_page.py" line="184" />
        <source>{title} (difficulty {d})</source>
        <translation>{title} (difficulty {d})</translation>
    </message>
    <message>
        <location filename="../trainer/progress_page.py" line="186" />
        <source>trains: {skills}</source>
        <translation>trains: {skills}</translation>
    </message>
    <message>
        <location filename="../trainer/progress_page.py" line="189" />
        <source>Double-click to practise {id}</source>
        <translation>Double-click to practise {id}</translation>
    </message>
    <message>
        <location filename="../trainer/progress_page.py" line="206" />
        <source>certified on {date}</source>
        <translation>certified on {date}</translation>
    </message>
    <message>
        <location filename="../trainer/progress_page.py" line="212" />
        <source>{done} of {n} scripts passed in exam mode</source>
        <translation>{done} of {n} scripts passed in exam mode</translation>
    </message>
    <message>
        <location filename="../trainer/progress_page.py" line="216" />
        <source>still to pass: {titles}</source>
        <translation>still to pass: {titles}</translation>
    </message>
    <message>
        <location filename="../trainer/progress_page.py" line="244" />
        <source>Trainee:</source>
        <translation>Trainee:</translation>
    </message>
    <message>
        <location filename="../trainer/progress_page.py" line="245" />
        <source>Weakest skills</source>
        <translation>Weakest skills</translation>
    </message>
    <message>
        <location filename="../trainer/progress_page.py" line="246" />
        <source>Practise next</source>
        <translation>Practise next</translation>
    </message>
    <message>
        <location filename="../trainer/progress_page.py" line="247" />
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
</context>
<context>
    <name>ReplicationsPanel</name>
    <message>
        <location filename="../pages/run/replications_panel.py" line="88" />
        <source>Replications</source>
        <translation>Replications</translation>
    </message>
    <message>
        <location filename="../pages/run/replications_panel.py" line="89" />
        <source>Replications:</source>
        <translation>Replications:</translation>
    </message>
    <message>
        <location filename="../pages/run/replications_panel.py" line="90" />
        <source>Run until the 95% CI of FRT SLA is within ±1 point</source>
        <translation>Run until the 95% CI of FRT SLA is within ±1 point</translation>
    </message>
    <message>
        <location filename="../pages/run/replications_panel.py" line="91" />
        <source>at most</source>
        <translation>at most</translation>
    </message>
    <message>
        <location filename="../pages/run/replications_panel.py" line="92" />
        <source>Run replications</source>
        <translation>Run replications</translation>
    </message>
    <message>
        <location filename="../pages/run/replications_panel.py" line="93" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../pages/run/replications_panel.py" line="119" />
        <source>Starting worker processes: {n}…</source>
        <translation>Starting worker processes: {n}…</translation>
    </message>
    <message>
        <location filename="../pages/run/replications_panel.py" line="135" />
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../pages/run/replications_panel.py" line="143" />
        <source>{done} of {total} replications done</source>
        <translation>{done} of {total} replications done</translation>
    </message>
    <message>
        <location filename="../pages/run/replications_panel.py" line="150" />
        <source>{n} replications: 95% CI of FRT SLA {width} points</source>
        <translation>{n} replications: 95% CI of FRT SLA {width} points</translation>
    </message>
    <message>
        <location filename="../pages/run/replications_panel.py" line="154" />
        <source>(precise enough)</source>
        <translation>(precise enough)</translation>
    </message>
    <message>
        <location filename="../pages/run/replications_panel.py" line="164" />
        <source>(cap reached)</source>
        <translation>(cap reached)</translation>
    </message>
    <message>
        <location filename="../pages/run/replications_panel.py" line="167" />
        <source>{n} replications done</source>
        <translation>{n} replications done</translation>
    </message>
    <message>
        <location filename="../pages/run/replications_panel.py" line="172" />
        <source>Cancelled; {n} finished replications are kept</source>
        <translation>Cancelled; {n} finished replications are kept</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../pages/report_page.py" line="179" />
        <source>Building the report…</source>
        <translation>Building the report…</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="185" />
        <source>Simulating: {done} of {total} runs</source>
        <translation>Simulating: {done} of {total} runs</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="186" />
        <source>Planning the staffing: candidate {done} of at most {total}</source>
        <translation>Planning the staffing: candidate {done} of at most {total}</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="187" />
        <source>Writing the PDF: page {done} of {total}</source>
        <translation>Writing the PDF: page {done} of {total}</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="188" />
        <source>Writing the HTML: chart {done} of {total}</source>
        <translation>Writing the HTML: chart {done} of {total}</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="189" />
        <source>Drawing the preview: page {done} of {total}</source>
        <translation>Drawing the preview: page {done} of {total}</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="213" />
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="238" />
        <source>Cannot write: {error}</source>
        <translation>Cannot write: {error}</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="240" />
        <source>Wrote {file}</source>
        <translation>Wrote {file}</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="247" />
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="247" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="254" />
        <source>Export HTML</source>
        <translation>Export HTML</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="254" />
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="261" />
        <source>Report built: {pages} pages ({lang}).</source>
        <translation>Report built: {pages} pages ({lang}).</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="265" />
        <source>No staffing plan: {why}</source>
        <translation>No staffing plan: {why}</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="267" />
        <source>The comparison has changed since: build again to include it.</source>
        <translation>The comparison has changed since: build again to include it.</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="275" />
        <source>No comparison yet (see the Compare page): the report covers the editor's scenario alone.</source>
        <translation>No comparison yet (see the Compare page): the report covers the editor's scenario alone.</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="281" />
        <source>The latest comparison: {names} · seed {seed} · replications: {n}</source>
        <translation>The latest comparison: {names} · seed {seed} · replications: {n}</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="297" />
        <source>What the report covers</source>
        <translation>What the report covers</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="298" />
        <source>Replications:</source>
        <translation>Replications:</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="299" />
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="300" />
        <source>Report language:</source>
        <translation>Report language:</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="301" />
        <source>Include the staffing plan of the baseline (slower)</source>
        <translation>Include the staffing plan of the baseline (slower)</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="302" />
        <source>Replications per candidate schedule:</source>
        <translation>Replications per candidate schedule:</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="303" />
        <source>Build report</source>
        <translation>Build report</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="304" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="305" />
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="306" />
        <source>Export HTML…</source>
        <translation>Export HTML…</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="307" />
        <source>Build the report to see its pages here.</source>
        <translation>Build the report to see its pages here.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../pages/results_page.py" line="88" />
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="89" />
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="89" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="89" />
        <source>95% CI</source>
        <translation>95% CI</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="92" />
        <source>Day profile</source>
        <translation>Day profile</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="93" />
        <source>First response times</source>
        <translation>First response times</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="94" />
        <source>Funnel</source>
        <translation>Funnel</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="97" />
        <source>Hourly table</source>
        <translation>Hourly table</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="100" />
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="101" />
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="102" />
        <source>Arrivals</source>
        <translation>Arrivals</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="103" />
        <source>Handoffs</source>
        <translation>Handoffs</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="104" />
        <source>Queue (avg)</source>
        <translation>Queue (avg)</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="105" />
        <source>Agents typing (avg)</source>
        <translation>Agents typing (avg)</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="106" />
        <source>Agents on duty</source>
        <translation>Agents on duty</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="107" />
        <source>Overtime agents (avg)</source>
        <translation>Overtime agents (avg)</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="108" />
        <source>FRT mean (s)</source>
        <translation>FRT mean (s)</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="111" />
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="112" />
        <source>Export JSON…</source>
        <translation>Export JSON…</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="113" />
        <source>Export PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="144" />
        <source>No results yet</source>
        <translation>No results yet</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="145" />
        <source>Run the scenario on the Run and watch page.</source>
        <translation>Run the scenario on the Run and watch page.</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="152" />
        <source>{name} · seed {seed} · replications: {n}</source>
        <translation>{name} · seed {seed} · replications: {n}</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="155" />
        <source>One run: no confidence interval (run replications for one).</source>
        <translation>One run: no confidence interval (run replications for one).</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="157" />
        <source>Mean over the replications with its 95% confidence interval.</source>
        <translation>Mean over the replications with its 95% confidence interval.</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="159" />
        <source>Charts and the hourly table show the watched run.</source>
        <translation>Charts and the hourly table show the watched run.</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="161" />
        <source>Charts need a watched run of this scenario and seed.</source>
        <translation>Charts need a watched run of this scenario and seed.</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="165" />
        <source>These results are for an earlier version of the scenario: it has changed since. Run it again for results of the scenario as it is now.</source>
        <translation>These results are for an earlier version of the scenario: it has changed since. Run it again for results of the scenario as it is now.</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="192" />
        <source>Cannot write: {error}</source>
        <translation>Cannot write: {error}</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="200" />
        <source>Export JSON</source>
        <translation>Export JSON</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="200" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="202" />
        <location filename="../pages/results_page.py" line="214" />
        <location filename="../pages/results_page.py" line="226" />
        <source>Wrote {files}</source>
        <translation>Wrote {files}</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="210" />
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="210" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="223" />
        <source>Export PNG</source>
        <translation>Export PNG</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="223" />
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>RoiTable</name>
    <message>
        <location filename="../pages/compare/tables.py" line="144" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../pages/compare/tables.py" line="146" />
        <source>per day</source>
        <translation>per day</translation>
    </message>
    <message>
        <location filename="../pages/compare/tables.py" line="146" />
        <source>per month</source>
        <translation>per month</translation>
    </message>
    <message>
        <location filename="../pages/compare/tables.py" line="158" />
        <source>One-off cost</source>
        <translation>One-off cost</translation>
    </message>
    <message>
        <location filename="../pages/compare/tables.py" line="163" />
        <source>Payback period</source>
        <translation>Payback period</translation>
    </message>
    <message>
        <location filename="../pages/compare/tables.py" line="164" />
        <source>One-off cost divided by the daily profit gain, with its 95% CI</source>
        <translation>One-off cost divided by the daily profit gain, with its 95% CI</translation>
    </message>
    <message>
        <location filename="../pages/compare/tables.py" line="187" />
        <source>no one-off cost</source>
        <translation>no one-off cost</translation>
    </message>
    <message>
        <location filename="../pages/compare/tables.py" line="189" />
        <source>never (no profit gain)</source>
        <translation>never (no profit gain)</translation>
    </message>
    <message>
        <location filename="../pages/compare/tables.py" line="190" />
        <source>{days} days</source>
        <translation>{days} days</translation>
    </message>
</context>
<context>
    <name>RubricCard</name>
    <message>
        <location filename="../trainer/cards.py" line="155" />
        <source>How you are scored</source>
        <translation>How you are scored</translation>
    </message>
    <message>
        <location filename="../trainer/cards.py" line="161" />
        <source>{points:g} points</source>
        <translation>{points:g} points</translation>
    </message>
    <message>
        <location filename="../trainer/cards.py" line="166" />
        <source>Pass mark: {mark} of 100.</source>
        <translation>Pass mark: {mark} of 100.</translation>
    </message>
    <message>
        <location filename="../trainer/cards.py" line="169" />
        <source>A compliance violation (a promise above your authority or a forbidden promise) blocks a pass whatever the points.</source>
        <translation>A compliance violation (a promise above your authority or a forbidden promise) blocks a pass whatever the points.</translation>
    </message>
    <message>
        <location filename="../trainer/cards.py" line="175" />
        <source>Reply within {first:g} s at first, then within {later:g} s.</source>
        <translation>Reply within {first:g} s at first, then within {later:g} s.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../pages/run_page.py" line="185" />
        <source>Run and watch</source>
        <translation>Run and watch</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="186" />
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="187" />
        <source>Speed:</source>
        <translation>Speed:</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="190" />
        <source>As fast as possible</source>
        <translation>As fast as possible</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="192" />
        <source>{n} simulated min per second</source>
        <translation>{n} simulated min per second</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="195" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="196" />
        <source>Step one hour</source>
        <translation>Step one hour</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="197" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="199" />
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="208" />
        <source>Arrivals per hour</source>
        <translation>Arrivals per hour</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="209" />
        <source>Scenario profile</source>
        <translation>Scenario profile</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="210" />
        <source>Customers waiting for an agent</source>
        <translation>Customers waiting for an agent</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="211" />
        <source>Simulated hour</source>
        <translation>Simulated hour</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="227" />
        <source>Scenario: {name}</source>
        <translation>Scenario: {name}</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="175" />
        <source>Finished: see the Results page.</source>
        <extracomment>speed choices: simulated minutes per wall-clock second (None = as fast as possible) the live view changes at most once per this many ms (at least 5 times a second is needed) emitted each time the live panels show a newer snapshot</extracomment>
        <translation>Finished: see the Results page.</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="177" />
        <source>Cancelled at {clock}.</source>
        <translation>Cancelled at {clock}.</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="203" />
        <source>Sessions so far ({basis})</source>
        <translation>Sessions so far ({basis})</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="352" />
        <source>The run failed: {error}</source>
        <translation>The run failed: {error}</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="386" />
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="386" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="395" />
        <source>Day {day}, {time}</source>
        <translation>Day {day}, {time}</translation>
    </message>
    <message>
        <location filename="../pages/run_page.py" line="399" />
        <source>On duty {on_duty} · typing {typing} · chat slots in use {used} of {slots}</source>
        <translation>On duty {on_duty} · typing {typing} · chat slots in use {used} of {slots}</translation>
    </message>
</context>
<context>
    <name>ScenarioDocument</name>
    <message>
        <location filename="../document.py" line="93" />
        <source>Edit YAML</source>
        <translation>Edit YAML</translation>
    </message>
</context>
<context>
    <name>ScenarioForm</name>
    <message>
        <location filename="../pages/scenario/tab_traffic.py" line="20" />
        <source>Daily volume and hourly profile (drag a bar or edit the table)</source>
        <translation>Daily volume and hourly profile (drag a bar or edit the table)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_traffic.py" line="26" />
        <source>Volume and days</source>
        <translation>Volume and days</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_traffic.py" line="29" />
        <source>Sessions per day</source>
        <translation>Sessions per day</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_traffic.py" line="31" />
        <source>Expected first contacts per ordinary day</source>
        <translation>Expected first contacts per ordinary day</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_traffic.py" line="35" />
        <source>Or flat rate per hour</source>
        <translation>Or flat rate per hour</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_traffic.py" line="37" />
        <source>A stationary rate instead of the daily volume and profile</source>
        <translation>A stationary rate instead of the daily volume and profile</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_traffic.py" line="41" />
        <source>Simulated days</source>
        <translation>Simulated days</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_traffic.py" line="44" />
        <source>Warm-up (hours)</source>
        <translation>Warm-up (hours)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_traffic.py" line="49" />
        <source>Day multipliers</source>
        <translation>Day multipliers</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_traffic.py" line="51" />
        <source>Factor per day, e.g. 1 1 5 for a promo on day 3; missing days are 1</source>
        <translation>Factor per day, e.g. 1 1 5 for a promo on day 3; missing days are 1</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_traffic.py" line="55" />
        <source>Entry points and intent mix</source>
        <translation>Entry points and intent mix</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="30" />
        <source>AI bot</source>
        <translation>AI bot</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="32" />
        <source>Bot answers first</source>
        <translation>Bot answers first</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="21" />
        <source>Answer quality, pre-sale</source>
        <translation>Answer quality, pre-sale</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="22" />
        <source>Answer quality, logistics</source>
        <translation>Answer quality, logistics</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="23" />
        <source>Answer quality, after-sale</source>
        <translation>Answer quality, after-sale</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="24" />
        <source>Answer quality, complaints</source>
        <translation>Answer quality, complaints</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="39" />
        <source>Chance the bot answers a question of this kind well (0-1); it resolves fewer: sensitive words, requests for a human and anger hand the chat over first</source>
        <translation>Chance the bot answers a question of this kind well (0-1); it resolves fewer: sensitive words, requests for a human and anger hand the chat over first</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="47" />
        <source>Greeting by entry point</source>
        <translation>Greeting by entry point</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="52" />
        <source>Greeting pre-sale lift</source>
        <translation>Greeting pre-sale lift</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="57" />
        <source>Bot reply time (s)</source>
        <translation>Bot reply time (s)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="62" />
        <source>Bot cost per session (¥)</source>
        <translation>Bot cost per session (¥)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="65" />
        <source>Handoff to a human</source>
        <translation>Handoff to a human</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="68" />
        <source>After failed answers</source>
        <translation>After failed answers</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="73" />
        <source>Sensitive keywords</source>
        <translation>Sensitive keywords</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="75" />
        <source>Words that hand over at once, separated by spaces</source>
        <translation>Words that hand over at once, separated by spaces</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="79" />
        <source>Honour requests for a human</source>
        <translation>Honour requests for a human</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="84" />
        <source>Anger threshold (0-100)</source>
        <translation>Anger threshold (0-100)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="86" />
        <source>Hand over at this anger; leave empty to switch off</source>
        <translation>Hand over at this anger; leave empty to switch off</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="90" />
        <source>Anger per failed answer</source>
        <translation>Anger per failed answer</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="95" />
        <source>Handoff</source>
        <translation>Handoff</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="99" />
        <source>Warm (context passed on)</source>
        <translation>Warm (context passed on)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="100" />
        <source>Cold (customer repeats)</source>
        <translation>Cold (customer repeats)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="107" />
        <source>Warm read time (s)</source>
        <translation>Warm read time (s)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="112" />
        <source>Cold extra rounds</source>
        <translation>Cold extra rounds</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="117" />
        <source>Cold resolution factor</source>
        <translation>Cold resolution factor</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="119" />
        <source>After a cold handoff the agent's chance to resolve is multiplied by this (0-1]</source>
        <translation>After a cold handoff the agent's chance to resolve is multiplied by this (0-1]</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_bot.py" line="124" />
        <source>What customers need, by intent</source>
        <translation>What customers need, by intent</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="21" />
        <source>Agents scheduled by hour (drag a bar or edit the table)</source>
        <translation>Agents scheduled by hour (drag a bar or edit the table)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="27" />
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="30" />
        <source>Shrinkage</source>
        <translation>Shrinkage</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="32" />
        <source>Share of paid time not on chats (breaks, meetings, training, absence), 0 to 0.99; on duty in an hour = scheduled x (1 - shrinkage), rounded down</source>
        <translation>Share of paid time not on chats (breaks, meetings, training, absence), 0 to 0.99; on duty in an hour = scheduled x (1 - shrinkage), rounded down</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="40" />
        <source>Chats per agent</source>
        <translation>Chats per agent</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="42" />
        <source>Chats one agent holds at once (1-10)</source>
        <translation>Chats one agent holds at once (1-10)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="46" />
        <source>Reply time</source>
        <translation>Reply time</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="48" />
        <source>The agent's work per reply, a distribution in seconds</source>
        <translation>The agent's work per reply, a distribution in seconds</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="52" />
        <source>First reply time</source>
        <translation>First reply time</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="54" />
        <source>Work on the first reply after a handoff; empty = same as reply time</source>
        <translation>Work on the first reply after a handoff; empty = same as reply time</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="60" />
        <source>Messages per reply</source>
        <translation>Messages per reply</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="62" />
        <source>Messages an agent sends per reply (answer ratio); a count distribution, at least 1</source>
        <translation>Messages an agent sends per reply (answer ratio); a count distribution, at least 1</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="69" />
        <source>Terse when backlog reaches</source>
        <translation>Terse when backlog reaches</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="73" />
        <source>With this many replies owed, an agent sends one bare message; empty = never terse</source>
        <translation>With this many replies owed, an agent sends one bare message; empty = never terse</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="78" />
        <source>Overload (too many chats at once)</source>
        <translation>Overload (too many chats at once)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="81" />
        <source>Comfortable chats</source>
        <translation>Comfortable chats</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="83" />
        <source>Above this many chats at once, quality drops with each extra chat</source>
        <translation>Above this many chats at once, quality drops with each extra chat</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="89" />
        <source>Extra reply work per chat</source>
        <translation>Extra reply work per chat</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="91" />
        <source>Share added to the work per reply for each chat above it (0.15 = +15%)</source>
        <translation>Share added to the work per reply for each chat above it (0.15 = +15%)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="97" />
        <source>Resolution lost per chat</source>
        <translation>Resolution lost per chat</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="99" />
        <source>Share of the chance to resolve lost for each chat above it (0-1)</source>
        <translation>Share of the chance to resolve lost for each chat above it (0-1)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="105" />
        <source>Rating lost per chat</source>
        <translation>Rating lost per chat</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="107" />
        <source>Stars taken from the rating for each chat above it</source>
        <translation>Stars taken from the rating for each chat above it</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="109" />
        <source>Skill groups</source>
        <translation>Skill groups</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_agents.py" line="112" />
        <source>Proficiency levels (shares add up to 1)</source>
        <translation>Proficiency levels (shares add up to 1)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="15" />
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="18" />
        <source>Patience</source>
        <translation>Patience</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="20" />
        <source>Wait for an agent before leaving; empty = never leaves</source>
        <translation>Wait for an agent before leaving; empty = never leaves</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="23" />
        <source>Think time</source>
        <translation>Think time</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="27" />
        <source>Bot tolerance</source>
        <translation>Bot tolerance</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="29" />
        <source>Failed bot answers a customer puts up with</source>
        <translation>Failed bot answers a customer puts up with</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="33" />
        <source>VIP share</source>
        <translation>VIP share</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="40" />
        <source>Names locale</source>
        <translation>Names locale</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="42" />
        <source>Faker locale of the sample customers' names, e.g. zh_CN, zh_TW, en_US</source>
        <translation>Faker locale of the sample customers' names, e.g. zh_CN, zh_TW, en_US</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="46" />
        <source>Satisfaction (1-5 stars)</source>
        <translation>Satisfaction (1-5 stars)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="48" />
        <source>Base score</source>
        <translation>Base score</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="51" />
        <source>Less per minute of first wait</source>
        <translation>Less per minute of first wait</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="56" />
        <source>Less per minute of slow replies</source>
        <translation>Less per minute of slow replies</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="57" />
        <source>Per minute the later replies took on average beyond the grace time</source>
        <translation>Per minute the later replies took on average beyond the grace time</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="64" />
        <source>Reply grace time (s)</source>
        <translation>Reply grace time (s)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="65" />
        <source>Later replies within this time on average cost no points</source>
        <translation>Later replies within this time on average cost no points</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="71" />
        <source>Less per failed bot answer</source>
        <translation>Less per failed bot answer</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="74" />
        <source>Less when unresolved</source>
        <translation>Less when unresolved</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="75" />
        <source>Less after a cold handoff</source>
        <translation>Less after a cold handoff</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="76" />
        <source>Score when abandoned</source>
        <translation>Score when abandoned</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="77" />
        <source>Noise (standard deviation)</source>
        <translation>Noise (standard deviation)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="82" />
        <source>Economics</source>
        <translation>Economics</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="85" />
        <source>Agent cost per hour (¥)</source>
        <translation>Agent cost per hour (¥)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="90" />
        <source>Average order value (¥)</source>
        <translation>Average order value (¥)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="95" />
        <source>VIP order value factor</source>
        <translation>VIP order value factor</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="100" />
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="105" />
        <source>One-off cost (¥)</source>
        <translation>One-off cost (¥)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="108" />
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="111" />
        <source>First response within (s)</source>
        <translation>First response within (s)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_customers.py" line="113" />
        <source>Threshold of the first-response SLA</source>
        <translation>Threshold of the first-response SLA</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="14" />
        <source>Late parcels, pre-sale</source>
        <translation>Late parcels, pre-sale</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="15" />
        <source>Late parcels, logistics</source>
        <translation>Late parcels, logistics</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="16" />
        <source>Late parcels, after-sale</source>
        <translation>Late parcels, after-sale</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="17" />
        <source>Late parcels, complaints</source>
        <translation>Late parcels, complaints</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="22" />
        <source>Delay notices (parcels late over 48 h)</source>
        <translation>Delay notices (parcels late over 48 h)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="25" />
        <source>Send delay notices</source>
        <translation>Send delay notices</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="27" />
        <source>Tell customers of a parcel stuck over 48 h before they ask</source>
        <translation>Tell customers of a parcel stuck over 48 h before they ask</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="36" />
        <source>Share of this intent's first contacts about a parcel late over 48 h (0-1)</source>
        <translation>Share of this intent's first contacts about a parcel late over 48 h (0-1)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="43" />
        <source>Contacts prevented</source>
        <translation>Contacts prevented</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="45" />
        <source>Share of those contacts a notice makes unnecessary (0-1)</source>
        <translation>Share of those contacts a notice makes unnecessary (0-1)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="51" />
        <source>Would ask unprompted</source>
        <translation>Would ask unprompted</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="53" />
        <source>Share of customers with a late parcel who would write; every late parcel gets a notice</source>
        <translation>Share of customers with a late parcel who would write; every late parcel gets a notice</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="61" />
        <source>Cost per notice (¥)</source>
        <translation>Cost per notice (¥)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="67" />
        <source>Chat invitations</source>
        <translation>Chat invitations</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="70" />
        <source>Invite hesitating shoppers</source>
        <translation>Invite hesitating shoppers</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="72" />
        <source>Agents invite shoppers who linger or re-read reviews to chat</source>
        <translation>Agents invite shoppers who linger or re-read reviews to chat</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="78" />
        <source>Invitations per day</source>
        <translation>Invitations per day</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="80" />
        <source>Sent on an ordinary day, spread over the hours like the arrivals</source>
        <translation>Sent on an ordinary day, spread over the hours like the arrivals</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="86" />
        <source>Accept rate</source>
        <translation>Accept rate</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="88" />
        <source>Share of invitations answered; each is a pre-sale chat for an agent</source>
        <translation>Share of invitations answered; each is a pre-sale chat for an agent</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="94" />
        <source>Order chance lift</source>
        <translation>Order chance lift</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="96" />
        <source>Added to an invited chat's chance of an order</source>
        <translation>Added to an invited chat's chance of an order</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="100" />
        <source>Cost per invitation (¥)</source>
        <translation>Cost per invitation (¥)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="106" />
        <source>Unpaid orders</source>
        <translation>Unpaid orders</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="109" />
        <source>Paid without a reminder</source>
        <translation>Paid without a reminder</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="111" />
        <source>Chance an order is paid unprompted; 1 = every order is paid</source>
        <translation>Chance an order is paid unprompted; 1 = every order is paid</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="117" />
        <source>Remind unpaid orders</source>
        <translation>Remind unpaid orders</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="119" />
        <source>Send every unpaid order a payment reminder</source>
        <translation>Send every unpaid order a payment reminder</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="123" />
        <source>Paid after a reminder</source>
        <translation>Paid after a reminder</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="125" />
        <source>Share of reminded unpaid orders that are then paid</source>
        <translation>Share of reminded unpaid orders that are then paid</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="129" />
        <source>Cost per reminder (¥)</source>
        <translation>Cost per reminder (¥)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="135" />
        <source>Knowledge-base snowball</source>
        <translation>Knowledge-base snowball</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="138" />
        <source>Learn from handed-off chats</source>
        <translation>Learn from handed-off chats</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="140" />
        <source>Agents' answers become entries that raise the bot's answer quality, day by day</source>
        <translation>Agents' answers become entries that raise the bot's answer quality, day by day</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="147" />
        <source>Answers captured</source>
        <translation>Answers captured</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="149" />
        <source>Share of handed-off chats an agent resolved whose answer is added</source>
        <translation>Share of handed-off chats an agent resolved whose answer is added</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="155" />
        <source>Answer quality ceiling</source>
        <translation>Answer quality ceiling</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="157" />
        <source>The best answer quality entries can bring an intent to (0-1)</source>
        <translation>The best answer quality entries can bring an intent to (0-1)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="163" />
        <source>Entries to halve the gap</source>
        <translation>Entries to halve the gap</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="165" />
        <source>Entries of one intent that halve the gap between its quality and the ceiling</source>
        <translation>Entries of one intent that halve the gap between its quality and the ceiling</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="172" />
        <source>Intents that learn</source>
        <translation>Intents that learn</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tab_proactive.py" line="178" />
        <source>Intents whose answers go into the knowledge base</source>
        <translation>Intents whose answers go into the knowledge base</translation>
    </message>
</context>
<context>
    <name>ScenarioPage</name>
    <message>
        <location filename="../pages/scenario_page.py" line="134" />
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <location filename="../pages/scenario_page.py" line="161" />
        <source>Preset: %1</source>
        <translation>Preset: %1</translation>
    </message>
    <message>
        <location filename="../pages/scenario_page.py" line="209" />
        <source>Traffic</source>
        <translation>Traffic</translation>
    </message>
    <message>
        <location filename="../pages/scenario_page.py" line="210" />
        <source>Bot and handoff</source>
        <translation>Bot and handoff</translation>
    </message>
    <message>
        <location filename="../pages/scenario_page.py" line="211" />
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../pages/scenario_page.py" line="212" />
        <source>Customers and money</source>
        <translation>Customers and money</translation>
    </message>
    <message>
        <location filename="../pages/scenario_page.py" line="213" />
        <source>Proactive service and knowledge base</source>
        <translation>Proactive service and knowledge base</translation>
    </message>
    <message>
        <location filename="../pages/scenario_page.py" line="214" />
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <location filename="../pages/scenario_page.py" line="218" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../pages/scenario_page.py" line="219" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../pages/scenario_page.py" line="220" />
        <source>Promo presets:</source>
        <translation>Promo presets:</translation>
    </message>
    <message>
        <location filename="../pages/scenario_page.py" line="227" />
        <source>A shipped scenario: you can try changes here, but it is read-only on disk. Use File ▸ Save As to keep your version.</source>
        <translation>A shipped scenario: you can try changes here, but it is read-only on disk. Use File ▸ Save As to keep your version.</translation>
    </message>
</context>
<context>
    <name>ScenarioTables</name>
    <message>
        <location filename="../pages/scenario/tables.py" line="26" />
        <source>Pre-sale</source>
        <translation>Pre-sale</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="27" />
        <source>Logistics</source>
        <translation>Logistics</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="28" />
        <source>After-sale</source>
        <translation>After-sale</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="29" />
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="89" />
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="91" />
        <source>sessions per hour</source>
        <translation>sessions per hour</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="107" />
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="108" />
        <source>agents scheduled</source>
        <translation>agents scheduled</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="190" />
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="191" />
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="198" />
        <source>Entry point</source>
        <translation>Entry point</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="199" />
        <location filename="../pages/scenario/tables.py" line="230" />
        <location filename="../pages/scenario/tables.py" line="255" />
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="229" />
        <source>Skill group</source>
        <translation>Skill group</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="231" />
        <source>Intents served</source>
        <translation>Intents served</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="254" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="256" />
        <source>Reply time ×</source>
        <translation>Reply time ×</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="257" />
        <source>Resolution ×</source>
        <translation>Resolution ×</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="258" />
        <source>Rating ± (stars)</source>
        <translation>Rating ± (stars)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="316" />
        <source>Intent</source>
        <translation>Intent</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="317" />
        <source>Human resolves</source>
        <translation>Human resolves</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="318" />
        <source>Rounds</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="319" />
        <source>Asks for a human at once</source>
        <translation>Asks for a human at once</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="320" />
        <source>…after a failed answer</source>
        <translation>…after a failed answer</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="321" />
        <source>Order chance</source>
        <translation>Order chance</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="322" />
        <source>+ if a human helped</source>
        <translation>+ if a human helped</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="323" />
        <source>Wait decay (s)</source>
        <translation>Wait decay (s)</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="324" />
        <source>Order chance if unresolved</source>
        <translation>Order chance if unresolved</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="325" />
        <source>Comes back if unresolved</source>
        <translation>Comes back if unresolved</translation>
    </message>
    <message>
        <location filename="../pages/scenario/tables.py" line="326" />
        <source>…if resolved</source>
        <translation>…if resolved</translation>
    </message>
</context>
<context>
    <name>ScorecardPage</name>
    <message>
        <location filename="../trainer/scorecard_page.py" line="201" />
        <source>Marks cannot be stored: this session was played without a store.</source>
        <translation>Marks cannot be stored: this session was played without a store.</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="205" />
        <source>Nothing changed: the mark was not stored.</source>
        <translation>Nothing changed: the mark was not stored.</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="210" />
        <source>Thank you: turn {n} is stored as a labelled example.</source>
        <translation>Thank you: turn {n} is stored as a labelled example.</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="232" />
        <source>Coach: {hint}</source>
        <translation>Coach: {hint}</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="238" />
        <source>Ending: {ending}</source>
        <translation>Ending: {ending}</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="245" />
        <source>Turn {k} of {n}</source>
        <translation>Turn {k} of {n}</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="264" />
        <source>Replay turn by turn</source>
        <translation>Replay turn by turn</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="265" />
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="266" />
        <source>Previous turn</source>
        <translation>Previous turn</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="267" />
        <source>Next turn</source>
        <translation>Next turn</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="268" />
        <source>Try the script again</source>
        <translation>Try the script again</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="269" />
        <source>Choose another script</source>
        <translation>Choose another script</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="270" />
        <source>The customer's anger, turn by turn</source>
        <translation>The customer's anger, turn by turn</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="272" />
        <source>Transcript (click your words on the left to find them)</source>
        <translation>Transcript (click your words on the left to find them)</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="279" />
        <source>{total} / 100</source>
        <translation>{total} / 100</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="283" />
        <source>Passed (pass mark {mark}).</source>
        <translation>Passed (pass mark {mark}).</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="286" />
        <source>Not passed: a compliance violation blocks the pass, whatever the points.</source>
        <translation>Not passed: a compliance violation blocks the pass, whatever the points.</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="289" />
        <source>Not passed: below the pass mark of {mark}.</source>
        <translation>Not passed: below the pass mark of {mark}.</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="290" />
        <source>Exam</source>
        <translation>Exam</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="290" />
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="293" />
        <source>Blocked by compliance</source>
        <translation>Blocked by compliance</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="302" />
        <source>cost to the shop: ¥{cost:,.0f}</source>
        <translation>cost to the shop: ¥{cost:,.0f}</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="305" />
        <source>Ending</source>
        <translation>Ending</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="322" />
        <source>Copied from a model answer: turn {turns}. A copy does not count for an assignment or a certificate.</source>
        <translation>Copied from a model answer: turn {turns}. A copy does not count for an assignment or a certificate.</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="333" />
        <source>Certificate earned: {name} ({day}).</source>
        <translation>Certificate earned: {name} ({day}).</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="346" />
        <source>Not passed: the customer's problem was not solved (the chat did not end resolved, or no real solution was offered).</source>
        <translation>Not passed: the customer's problem was not solved (the chat did not end resolved, or no real solution was offered).</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="350" />
        <source>Repeated an earlier reply (the customer skipped it): turn {turns}</source>
        <translation>Repeated an earlier reply (the customer skipped it): turn {turns}</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="353" />
        <source>Sent faster than a person types (pasted?): turn {turns}</source>
        <translation>Sent faster than a person types (pasted?): turn {turns}</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="355" />
        <source>Longer than a chat message: turn {turns}</source>
        <translation>Longer than a chat message: turn {turns}</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="356" />
        <source>Not in the shop's language: turn {turns}</source>
        <translation>Not in the shop's language: turn {turns}</translation>
    </message>
    <message>
        <location filename="../trainer/scorecard_page.py" line="357" />
        <source>The customer asked what you meant (not scored): turn {turns}</source>
        <translation>The customer asked what you meant (not scored): turn {turns}</translation>
    </message>
</context>
<context>
    <name>StaffingPage</name>
    <message>
        <location filename="../pages/staffing_page.py" line="164" />
        <source>Simulating the current schedule…</source>
        <translation>Simulating the current schedule…</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="179" />
        <source>{n} hours still miss the targets</source>
        <translation>{n} hours still miss the targets</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="181" />
        <source>every hour meets the targets</source>
        <translation>every hour meets the targets</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="183" />
        <source>Candidate {i} of at most {n}: {hours} agent-hours; {what}.</source>
        <translation>Candidate {i} of at most {n}: {hours} agent-hours; {what}.</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="190" />
        <source>Done: {n} candidate schedules simulated in {s:.0f} s.</source>
        <translation>Done: {n} candidate schedules simulated in {s:.0f} s.</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="198" />
        <source>Cancelled after {n} candidate schedules; no plan.</source>
        <translation>Cancelled after {n} candidate schedules; no plan.</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="226" />
        <source>Apply staffing plan</source>
        <translation>Apply staffing plan</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="231" />
        <source>Cannot apply the plan: {error}</source>
        <translation>Cannot apply the plan: {error}</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="241" />
        <source>Applied the plan ({hours} agent-hours) to the schedule; the Run page is running the scenario again. Undo restores the previous schedule.</source>
        <translation>Applied the plan ({hours} agent-hours) to the schedule; the Run page is running the scenario again. Undo restores the previous schedule.</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="250" />
        <source>Applied the plan ({hours} agent-hours) to the schedule; checking it again. Undo restores the previous schedule.</source>
        <translation>Applied the plan ({hours} agent-hours) to the schedule; checking it again. Undo restores the previous schedule.</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="297" />
        <source>No plan yet: set the targets and run the plan.</source>
        <translation>No plan yet: set the targets and run the plan.</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="301" />
        <source>The plan saves {h} agent-hours ({money}) a day against now.</source>
        <translation>The plan saves {h} agent-hours ({money}) a day against now.</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="303" />
        <source>The plan needs {h} agent-hours ({money}) a day more than now.</source>
        <translation>The plan needs {h} agent-hours ({money}) a day more than now.</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="307" />
        <source>The current schedule misses the targets at {hours}.</source>
        <translation>The current schedule misses the targets at {hours}.</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="315" />
        <source>Plan staffing</source>
        <translation>Plan staffing</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="316" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="317" />
        <source>Apply plan to the scenario</source>
        <translation>Apply plan to the scenario</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="319" />
        <source>Writes the simulation-checked headcounts into the schedule (undoable).</source>
        <translation>Writes the simulation-checked headcounts into the schedule (undoable).</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="324" />
        <source>&lt;span style='background:{under}'&gt;&amp;nbsp;red&amp;nbsp;&lt;/span&gt; under-staffed now, &lt;span style='background:{over}'&gt;&amp;nbsp;amber&amp;nbsp;&lt;/span&gt; over-staffed now (current against the plan); ✗ plan misses a target; † out of reach.</source>
        <translation>&lt;span style='background:{under}'&gt;&amp;nbsp;red&amp;nbsp;&lt;/span&gt; under-staffed now, &lt;span style='background:{over}'&gt;&amp;nbsp;amber&amp;nbsp;&lt;/span&gt; over-staffed now (current against the plan); ✗ plan misses a target; † out of reach.</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="330" />
        <source>Agent-hours per day</source>
        <translation>Agent-hours per day</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="330" />
        <source>Cost per day</source>
        <translation>Cost per day</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="333" />
        <source>Erlang formula</source>
        <translation>Erlang formula</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="333" />
        <source>Simulated plan</source>
        <translation>Simulated plan</translation>
    </message>
    <message>
        <location filename="../pages/staffing_page.py" line="333" />
        <source>Current schedule</source>
        <translation>Current schedule</translation>
    </message>
</context>
<context>
    <name>SweepPage</name>
    <message>
        <location filename="../pages/sweep_page.py" line="209" />
        <source>{n} worker processes</source>
        <extracomment>the KPI coloured first, as ``kefulab sweep --heatmap`` does without ``--kpi``</extracomment>
        <translation>{n} worker processes</translation>
    </message>
    <message>
        <location filename="../pages/sweep_page.py" line="211" />
        <source>Starting: {runs} runs on {where}…</source>
        <translation>Starting: {runs} runs on {where}…</translation>
    </message>
    <message>
        <location filename="../pages/sweep_page.py" line="222" />
        <source>{done} of {total} runs done</source>
        <translation>{done} of {total} runs done</translation>
    </message>
    <message>
        <location filename="../pages/sweep_page.py" line="244" />
        <source>Done: {n} runs.</source>
        <translation>Done: {n} runs.</translation>
    </message>
    <message>
        <location filename="../pages/sweep_page.py" line="252" />
        <source>Cancelled: {done} of {total} runs finished; they are kept below.</source>
        <translation>Cancelled: {done} of {total} runs finished; they are kept below.</translation>
    </message>
    <message>
        <location filename="../pages/sweep_page.py" line="298" />
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <location filename="../pages/sweep_page.py" line="300" />
        <source>No sweep yet: choose fields and their values, then Run.</source>
        <translation>No sweep yet: choose fields and their values, then Run.</translation>
    </message>
    <message>
        <location filename="../pages/sweep_page.py" line="304" />
        <source>{name} · {points} points · replications per point: {reps} · seed {seed}</source>
        <translation>{name} · {points} points · replications per point: {reps} · seed {seed}</translation>
    </message>
    <message>
        <location filename="../pages/sweep_page.py" line="319" />
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../pages/sweep_page.py" line="320" />
        <source>Replications per point:</source>
        <translation>Replications per point:</translation>
    </message>
    <message>
        <location filename="../pages/sweep_page.py" line="321" />
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <location filename="../pages/sweep_page.py" line="322" />
        <source>Worker processes:</source>
        <translation>Worker processes:</translation>
    </message>
    <message>
        <location filename="../pages/sweep_page.py" line="323" />
        <source>Dask scheduler:</source>
        <translation>Dask scheduler:</translation>
    </message>
    <message>
        <location filename="../pages/sweep_page.py" line="324" />
        <source>optional, e.g. tcp://10.0.0.5:8786</source>
        <translation>optional, e.g. tcp://10.0.0.5:8786</translation>
    </message>
    <message>
        <location filename="../pages/sweep_page.py" line="326" />
        <source>Run on a Dask cluster instead of local processes (kefulab[cluster]).</source>
        <translation>Run on a Dask cluster instead of local processes (kefulab[cluster]).</translation>
    </message>
    <message>
        <location filename="../pages/sweep_page.py" line="328" />
        <source>Run sweep</source>
        <translation>Run sweep</translation>
    </message>
    <message>
        <location filename="../pages/sweep_page.py" line="329" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../pages/sweep_page.py" line="330" />
        <source>KPI:</source>
        <translation>KPI:</translation>
    </message>
</context>
<context>
    <name>TargetsBox</name>
    <message>
        <location filename="../pages/staffing/targets_box.py" line="58" />
        <source>Targets, every hour</source>
        <translation>Targets, every hour</translation>
    </message>
    <message>
        <location filename="../pages/staffing/targets_box.py" line="60" />
        <source>First replies within the threshold:</source>
        <translation>First replies within the threshold:</translation>
    </message>
    <message>
        <location filename="../pages/staffing/targets_box.py" line="61" />
        <source>Threshold:</source>
        <translation>Threshold:</translation>
    </message>
    <message>
        <location filename="../pages/staffing/targets_box.py" line="62" />
        <source>Abandonment at most:</source>
        <translation>Abandonment at most:</translation>
    </message>
    <message>
        <location filename="../pages/staffing/targets_box.py" line="63" />
        <source>Replications:</source>
        <translation>Replications:</translation>
    </message>
    <message>
        <location filename="../pages/staffing/targets_box.py" line="64" />
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <location filename="../pages/staffing/targets_box.py" line="65" />
        <source>Most candidates:</source>
        <translation>Most candidates:</translation>
    </message>
    <message>
        <location filename="../pages/staffing/targets_box.py" line="70" />
        <source>Share of answered handed-off chats whose first human reply is in time</source>
        <translation>Share of answered handed-off chats whose first human reply is in time</translation>
    </message>
    <message>
        <location filename="../pages/staffing/targets_box.py" line="72" />
        <source>Largest share of handed-off chats that may leave</source>
        <translation>Largest share of handed-off chats that may leave</translation>
    </message>
    <message>
        <location filename="../pages/staffing/targets_box.py" line="73" />
        <source>Most candidate schedules the search simulates</source>
        <translation>Most candidate schedules the search simulates</translation>
    </message>
</context>
<context>
    <name>TextBinding</name>
    <message>
        <location filename="../pages/scenario/fields.py" line="264" />
        <source>cannot read “{text}” here; the field keeps it until it is fixed</source>
        <extracomment>a border would restyle a spin box's arrows; a red background keeps them the typed text could not be read at all (the field shows why); nothing was applied</extracomment>
        <translation>cannot read “{text}” here; the field keeps it until it is fixed</translation>
    </message>
</context>
<context>
    <name>TrainerWindow</name>
    <message>
        <location filename="../trainer/window.py" line="262" />
        <source>KefuLab trainer</source>
        <extracomment>The window's tabs: the practice flow (the pages above), assignments, progress.</extracomment>
        <translation>KefuLab trainer</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="263" />
        <source>&amp;Trainer</source>
        <translation>&amp;Trainer</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="264" />
        <source>&amp;Choose a script</source>
        <translation>&amp;Choose a script</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="265" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="266" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="267" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="269" />
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="269" />
        <source>Assignments</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="269" />
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
</context>
<context>
    <name>YamlTab</name>
    <message>
        <location filename="../pages/scenario/yaml_tab.py" line="90" />
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
</context>
</TS>