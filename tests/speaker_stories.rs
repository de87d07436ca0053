//! Whole invented news stories, one per style, with the speaker of each quote written
//! by hand (`None` for titles and quoted terms): attribution must hold across a story,
//! not only in single sentences. A speaker matches when it names the person (`Holm`
//! or `Sandra Holm` for `Sandra Holm`), as the scorer counts it.

use article_highlighter::{analyze, Kind};

/// Checks each `(start of the quote, speaker)` against the quotes found in `text`.
fn check(text: &str, want: &[(&str, Option<&str>)]) {
    let quotes: Vec<_> = analyze(text)
        .into_iter()
        .filter(|s| s.kind() == Kind::Quote)
        .map(|s| {
            (
                s.as_str(text).to_string(),
                s.speaker().map(|p| p.name.clone()),
            )
        })
        .collect();
    for (start, speaker) in want {
        let (_, got) = quotes
            .iter()
            .find(|(q, _)| q.starts_with(start))
            .unwrap_or_else(|| panic!("no quote {start:?}"));
        let fits = match (speaker, got) {
            (None, None) => true,
            (Some(w), Some(g)) => {
                let last = w.rsplit(' ').next().unwrap_or(w).to_lowercase();
                g.to_lowercase().contains(&last)
            }
            _ => false,
        };
        assert!(fits, "{start:?}: want {speaker:?}, got {got:?}");
    }
}

#[test]
fn wire_politics() {
    let text = "Senate leader vows vote on spending bill before recess

WASHINGTON (Wire) — Senate Majority Leader Dana Whitcombe said on Tuesday that lawmakers would vote on the spending bill before the holiday recess.

“We have the votes, and we are going to pass this bill,” Whitcombe told reporters outside the Capitol.

“Nobody wants a shutdown,” she added.

The White House press secretary, Marcus Lindqvist, said the president would sign the measure. “The president has been clear from day one,” Lindqvist said. “He wants a clean bill.”

Republican Senator Tom Haverford was less enthusiastic. “This bill spends money we do not have,” said Haverford, who sits on the budget committee.

“It is a mistake,” he said, “and our grandchildren will pay for it.”

A spokeswoman for the Treasury Department said the agency was “monitoring the situation closely.”

The package has been described around Washington as a “grand bargain.”

According to the Congressional Budget Office, the bill would “reduce deficits by a modest amount over the next decade.”

In a statement, the National Governors Association said: “States need certainty now, not another round of brinkmanship.”

“We will be watching every line of this bill,” said Priya Raman, director of the Center for Budget Integrity, a watchdog group.
";
    check(
        text,
        &[
            ("We have the votes", Some("Dana Whitcombe")),
            ("Nobody wants", Some("Dana Whitcombe")),
            ("The president has been", Some("Marcus Lindqvist")),
            ("He wants a clean", Some("Marcus Lindqvist")),
            ("This bill spends", Some("Tom Haverford")),
            ("It is a mistake", Some("Tom Haverford")),
            ("and our grandchildren", Some("Tom Haverford")),
            ("monitoring the situation", Some("a spokeswoman")),
            ("grand bargain", None),
            ("reduce deficits", Some("Congressional Budget Office")),
            (
                "States need certainty",
                Some("National Governors Association"),
            ),
            ("We will be watching", Some("Priya Raman")),
        ],
    );
}

#[test]
fn court_report() {
    let text = "Former bank manager gets eight years for stealing from elderly customers

DENVER — A federal judge on Monday sentenced a former bank manager to eight years in prison for embezzling $4.2 million from elderly customers.

U.S. District Judge Helen Okonkwo said the crimes were “a calculated betrayal of trust.”

“You targeted people who trusted you with their life savings,” Okonkwo told the defendant, Gregory Pallas, 54.

Pallas, who pleaded guilty in March, apologized to the victims in court. “I am ashamed of what I did,” he said, his voice breaking. “I will spend the rest of my life trying to repay them.”

Prosecutors had asked for ten years. Assistant U.S. Attorney Ray Delgado argued that Pallas “showed no remorse until he was caught.”

Defense attorney Maria Santoro said her client would not appeal. “He accepts responsibility,” Santoro said in an interview after the hearing.

One victim, 81-year-old Edith Marlowe, testified that she had lost her house. “I had nothing left,” she told the court.

“Justice was done today,” Delgado said outside the courthouse.

The judge also ordered Pallas to pay restitution. “Every dollar you can repay, you will repay,” she said.
";
    check(
        text,
        &[
            ("a calculated betrayal", Some("Helen Okonkwo")),
            ("You targeted people", Some("Helen Okonkwo")),
            ("I am ashamed", Some("Gregory Pallas")),
            ("I will spend the rest", Some("Gregory Pallas")),
            ("showed no remorse", Some("Ray Delgado")),
            ("He accepts responsibility", Some("Maria Santoro")),
            ("I had nothing left", Some("Edith Marlowe")),
            ("Justice was done", Some("Ray Delgado")),
            ("Every dollar you", Some("Helen Okonkwo")),
        ],
    );
}

#[test]
fn sports_report() {
    let text = "Bianchi double rescues point for Riverside

Riverside United came from two goals down to draw 2-2 with Castleford Town on Saturday, and manager Owen Pryce said his side had shown “real character.”

“At half-time I told them to keep believing,” Pryce said. “We were poor for 45 minutes, but the second half was the best we have played all season.”

Striker Luca Bianchi, who scored both goals, was modest. “The lads did the hard work,” the 24-year-old said. “I just had to put it in the net.”

Castleford coach Sandra Holm was furious about the second equaliser. “It was offside by a metre,” Holm said. “Everybody in the stadium saw it except the one man who matters.”

Asked whether she would complain to the league, the coach said: “What is the point? Nothing ever changes.”

Holm's captain, defender Jamie Corrigan, agreed. “We deserved to win,” Corrigan said.

The result leaves United in ninth place. Their next match is away at Northfield on Wednesday.

“We have to go there and win,” Bianchi said. “Simple as that.”
";
    check(
        text,
        &[
            ("real character", Some("Owen Pryce")),
            ("At half-time", Some("Owen Pryce")),
            ("We were poor", Some("Owen Pryce")),
            ("The lads did", Some("Luca Bianchi")),
            ("I just had", Some("Luca Bianchi")),
            ("It was offside", Some("Sandra Holm")),
            ("Everybody in the stadium", Some("Sandra Holm")),
            ("What is the point", Some("Sandra Holm")),
            ("We deserved to win", Some("Jamie Corrigan")),
            ("We have to go there", Some("Luca Bianchi")),
            ("Simple as that", Some("Luca Bianchi")),
        ],
    );
}

#[test]
fn feature_across_paragraphs() {
    let text = "After the flood, a town wonders whether to rebuild

When the river burst its banks in April, Rosa Dunmore lost everything.

“The water came up so fast we barely had time to grab the kids,” said Dunmore, 37, a nurse. “By the time we got to the bridge, the house was gone.

“We stood there and watched it float away. My daughter kept asking where her toys were.”

Her neighbour, Frank Albers, a retired electrician, said the town had been warned for years.

“Everybody knew the levee was weak,” Albers said.

“They kept saying there was no money,” he said. “Well, now there is no town.”

County officials say a new levee will cost $30 million. “We are applying for federal funds,” said county administrator Janet Wu.

For Dunmore, the future is uncertain.

“I don't know if we will come back,” Dunmore said. “Part of me wants to. Part of me never wants to see this river again.”

“It's a community,” she added. “You don't just walk away from a community.”
";
    check(
        text,
        &[
            ("The water came up", Some("Rosa Dunmore")),
            ("By the time we got", Some("Rosa Dunmore")),
            ("Everybody knew", Some("Frank Albers")),
            ("They kept saying", Some("Frank Albers")),
            ("Well, now there", Some("Frank Albers")),
            ("We are applying", Some("Janet Wu")),
            ("I don't know if", Some("Rosa Dunmore")),
            ("Part of me wants", Some("Rosa Dunmore")),
            ("It's a community", Some("Rosa Dunmore")),
            ("You don't just", Some("Rosa Dunmore")),
        ],
    );
}

#[test]
fn british_single_quotes() {
    let text = "Nurses' leader attacks 'insulting' pay offer

The Prime Minister has been accused of ‘breaking his promise’ to nurses after ministers confirmed a 2 per cent pay rise.

‘This is an insult to every nurse in the country,’ said Margaret Doyle, general secretary of the Royal College of Nursing.

‘Nurses held this country together during the pandemic. They deserve better,’ she added.

A Downing Street spokesman said: ‘The Government has accepted the recommendations of the independent pay review body in full.’

Labour's health spokesman, Wes Hartley, said the offer was ‘derisory’.

‘Ministers clapped for nurses and now they are slapping them in the face,’ Mr Hartley told the BBC.

Health Secretary Sir Geoffrey Lam insisted the deal was fair. ‘We have to balance what we pay nurses against what taxpayers can afford,’ Sir Geoffrey said.

Unions have threatened strike action. Said one nurse from Leeds, who asked not to be named: ‘We're exhausted. Something has to give.’

Mrs Doyle said the college would ballot its members next month. ‘If it comes to a strike, the Government will only have itself to blame,’ she said.
";
    check(
        text,
        &[
            ("breaking his promise", None),
            ("This is an insult", Some("Margaret Doyle")),
            ("Nurses held this", Some("Margaret Doyle")),
            (
                "The Government has accepted",
                Some("Downing Street spokesman"),
            ),
            ("derisory", Some("Wes Hartley")),
            ("Ministers clapped", Some("Wes Hartley")),
            ("We're exhausted", Some("one nurse")),
            ("If it comes to", Some("Margaret Doyle")),
        ],
    );
}

#[test]
fn interview_profile() {
    let text = "Ten years on the road: a conversation with drummer Sam Okoro

Sam Okoro has played more than 1,200 concerts with the band Lowland since 2014. We met him in a hotel bar in Lisbon the night before the last show of their tour.

How did you start playing?

\"My uncle had a drum kit in his garage,\" Okoro says. \"I was nine. He let me hit it once and I never stopped.\"

Was there a moment when you knew this would be your life?

\"Our first festival. There were maybe 20,000 people, and I could not hear myself at all. I loved it.\"

The band's singer, Mira Castell, describes him as \"the heartbeat of the group.\" She has known him since school. \"Sam is the calmest person I know,\" Castell says. \"Until he sits behind the kit.\"

What comes after the tour?

\"Sleep,\" he says, laughing. \"A lot of sleep.\"

The tour's promoter, Northlight Live, said ticket sales had passed 300,000. \"It has been our biggest tour this year,\" a spokesperson for the company said.
";
    check(
        text,
        &[
            ("My uncle had", Some("Sam Okoro")),
            ("I was nine", Some("Sam Okoro")),
            ("Our first festival", Some("Sam Okoro")),
            ("the heartbeat", Some("Mira Castell")),
            ("Sam is the calmest", Some("Mira Castell")),
            ("Until he sits", Some("Mira Castell")),
            ("Sleep", Some("Sam Okoro")),
            ("A lot of sleep", Some("Sam Okoro")),
            ("It has been our", Some("a spokesperson")),
        ],
    );
}

#[test]
fn science_story() {
    let text = "Researchers find microplastics in Arctic snow

Scientists have found high levels of microplastics in snow samples taken from remote parts of the Arctic, raising concerns that the particles travel long distances through the air.

\"It was a shock to see such high numbers so far from any city,\" said Dr. Jonas Weller, a geochemist at the Polar Institute in Bremen and the lead author of the study, which was published in Science Advances.

The researchers counted up to 14,000 particles per litre of snow. Weller said the findings suggested that the atmosphere \"plays a much bigger role than we thought\" in spreading plastics.

\"We do not know what this means for human health yet,\" he said.

Other experts urged caution. Professor Amelia Grant of the University of Leeds, who was not involved in the study, said the sample size was small. \"These are striking numbers, but we need measurements from many more sites,\" she said.

According to the United Nations Environment Programme, some 8 million tonnes of plastic enter the oceans every year.

The paper ends with a call for \"urgent international monitoring.\"
";
    check(
        text,
        &[
            ("It was a shock", Some("Jonas Weller")),
            ("plays a much", Some("Jonas Weller")),
            ("We do not know", Some("Jonas Weller")),
            ("These are striking", Some("Amelia Grant")),
        ],
    );
}

#[test]
fn courtside_quotes() {
    let text = "Carter sinks late winner as Hawks edge Lions

Jordan Carter hit a three-pointer with two seconds left to give the Hawks a 101-99 win over the Lions on Friday night.

\"I just wanted the ball,\" Carter said afterwards. \"Coach drew it up and the guys trusted me.\"

Hawks coach Teresa Lindgren praised her team's defence in the fourth quarter. \"We got stops when we needed them,\" Lindgren said. \"That's what good teams do.\"

The Lions had led by 14 at half-time. Their coach, Marcus Bell, blamed turnovers. \"We gave it away,\" Bell said. \"Eighteen turnovers. You can't win like that.\"

Lions guard Andre Simmons, who scored 31 points, refused to blame the referees. \"It's on us,\" he said.

Carter, a rookie from Ohio State, has now scored in double figures in nine straight games. Asked about the streak, the 21-year-old shrugged. \"I don't think about it,\" he said.
";
    check(
        text,
        &[
            ("I just wanted the ball", Some("Jordan Carter")),
            ("Coach drew it up", Some("Jordan Carter")),
            ("We got stops", Some("Teresa Lindgren")),
            ("That's what good", Some("Teresa Lindgren")),
            ("We gave it away", Some("Marcus Bell")),
            ("Eighteen turnovers", Some("Marcus Bell")),
            ("It's on us", Some("Andre Simmons")),
            ("I don't think about it", Some("Jordan Carter")),
        ],
    );
}
