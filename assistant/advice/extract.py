"""Understanding free text: which factors a message speaks to, and what it says of them.

Rules are plain regular expressions, ordered so that negations and specific phrasings win
over loose ones ("we don't have any labelled data" before "labelled data"). Amounts are
read with their context: "2 million tickets a month" is volume, "50k labelled tickets" is
data. ``focus`` is the factor just asked about, so that short replies ("none", "yes",
"weekly", "about 500") can be understood.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.advice.factors import FACTORS
from assistant.advice.numbers import Amount, find_amounts, per_month
from assistant.advice.profile import INFERRED, STATED, Answer

I = re.I


def _rx(*patterns: str) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns), I)


#: What a model may need to know, as opposed to what it must do (for "X changes weekly").
_KNOWLEDGE_NOUNS = (
    r"(?<!design )(?<!spec )docs?|documentation|pdfs?|manuals?|catalog(ue)?s?|prices?|pricing|inventory|stock|polic(y|ies)|products(?! lines?\b)|(?<!the )(?<!our )(?<!my )product(?! lines?\b)|api|bids?|spot prices|registrations|restrictions|approvals|bylaws|by-laws|knowledge ?base|kb|content|faqs?|line-?ups|stage times|site maps|(spec |tech |info )?packs|spec ?sheets|information|info|news|regulations?|laws?|code|rules|schedules?|rates|menus?|listings?|offers?|packages|articles|wiki|(?<!press )releases?|features?|data|plans?|benefits|ordinances?|statutes?|terms|contracts?|tariffs?|fees|procedures|handbooks?|guidelines|specs|advisories|bulletins?|case law|rulings|filings|protocols|standards|guidance|playbooks|sops|schemas?|tables|stats|patch notes|weather|forecasts|apis|endpoints|details|facts|hours|availability|amenities|glossar(y|ies)|databases?|registry|registers|collections?|timetables?|departures|status|promotions?|promos?|deals|discounts|notices|lore|feeds?|ontolog(y|ies)|vocabular(y|ies)|termbases?|code ?books?|threat intel\w*|intel\w*|circulars?|monographs|formular(y|ies)|directives|pages|recipes|suppliers|ingredients|allergens|wordings|memos|permits?|conditions|syllabus|syllabi|curricul(um|a)|all of (it|this|that)|it all|everything"
)

#: Facts that a model would have to look up (not rules or requirements, which also change).
_FACT_NOUNS = (
    r"docs|documentation|manuals?|catalog(ue)?s?|prices?|pricing|inventory|stock|polic(y|ies)|products?|knowledge ?base|kb|faqs?|information|info|news|regulations?|laws?|statutes|schedules?|timetables?|rates|menus?|listings?|offers?|promotions?|deals|articles|wiki|databases?|registry|collections?|bulletins?|lore|feeds?|records|tariffs?|fees|circulars?|monographs|formular(y|ies)|recipes|suppliers|ingredients|allergens|wordings|fares"
)

#: Anything a model could be asked questions over: document-ish nouns, whatever the domain.
_CORPUS_NOUNS = (
    r"docs?|documents?|documentation|files?|case files?|pdfs?|wikis?|catalog(ue)?s?|manuals?|handbooks?|guides?|guidelines|"
    r"notes|patch notes|release notes|regulations|regs|rulebooks?|records|archives?|reports|papers|contracts|filings|"
    r"transcripts|depositions|exhibits|knowledge ?base|kb|polic(y|ies)|sops?|procedures|standards|minutes|memos|"
    r"articles|theses|textbooks?|syllabus|syllabi|course catalog|statutes|case law|codebase|specs|spec sheets|datasheets|"
    r"10-?ks|10-?qs|annual reports|press releases|earnings calls?|brochures|leaflets|bulletins|newsletters|"
    r"circulars|monographs|formular(y|ies)|schedules?|rulings|directives|(safety |spec |data |fact )?sheets|sds"
)

# (factor, value, source, pattern): the first match for a factor wins.
RULES: list[tuple[str, str, str, re.Pattern]] = [
    # ---- task --------------------------------------------------------------------------
    ("task", "qa_docs", STATED, _rx(
        r"\banswer(s|ing)? (questions |stuff |things )?((like |such as )['\x22\u2018\u201c]?|['\x22\u2018\u201c])(what|which|how|when|where|who|is|are|does|do|can) [^.!?]{0,60}[?'\x22\u2019\u201d]",
        r"\b(answer\w*|respond\w*|repl\w*)\b[^.?!]{0,50}\b(questions?|queries|faqs?)\b[^.?!]{0,40}\b(from|about|on|over|using|based on|in|against|with)\b[^.?!]{0,40}\b(docs?|documentation|manuals?|handbooks?|polic(y|ies)|knowledge ?base|kb|wiki|articles|guidelines|catalog(ue)?|product (info|information|data|specs)|records|papers|codebase|regulations|procedures|sops?)\b",
        r"\b(q ?& ?a|qa|question[- ]answering|search|chat)\b[^.?!]{0,25}\b(over|across|on|of|with|into|through)\b[^.?!]{0,30}\b(docs?|documentation|manuals?|polic(y|ies)|knowledge|wiki|documents|pdfs?|files|handbooks?|contracts|papers|articles|reports|sops|procedures|records|archives?)\b",
        r"\b(look ?up|find) (answers|information)\b[^.?!]{0,30}\b(docs?|documentation|manuals?|polic(y|ies)|documents|wiki|knowledge base)\b",
        r"\b(questions|answers) (about|on|from) (our|the|their) (products?|polic(y|ies)|docs|documentation|services|manuals?|handbook|catalog(ue)?)\b",
        r"\banswers? (only |strictly |just |solely )?(from|based on|out of|using|grounded in) [^.!?]{0,40}\b(catalog(ue)?s?|manuals?|docs|documentation|pdfs|documents|polic(y|ies)|reports|knowledge ?base|wiki|handbooks?|guides|formular(y|ies)|guidelines)\b",
        r"\b(query|search|ask questions (of|about)|look things up in)\b [^.!?]{0,20}\b(our|the|internal|proprietary|company)\b[^.!?]{0,30}\b(reports|docs|documents|manuals|research|papers|files|knowledge|records|contracts|wiki|archives?)\b",
        r"\b(q ?& ?a|faqs?|question[- ]answering)\b[^.!?]{0,80}\b(polic(y|ies)|docs|documentation|manuals?|handbooks?)\b",
        r"\b(grounded in|according to) (our|the) [^.!?]{0,30}\b(formular(y|ies)|guidelines|manuals?|docs|documentation|polic(y|ies)|reports|knowledge ?base|research|records)\b",
        # any asking verb over any corpus noun: "we wnat to ask questions over the case file"
        r"\b(ask\w*|query\w*|question\w*|search\w*|interrogat\w*)\b[^.!?]{0,30}\b(over|across|about|of|from|in|against|into|through)\b (the |our |their |its |each |every |a |this |all )?([\w'-]+ ){0,3}(" + _CORPUS_NOUNS + r")\b",
        # "answers from our 10-Ks, earnings call transcripts", "answer about the trim from the owner's manual"
        r"\b(answer\w*|respond\w*|repl(y|ies))\b[^.!?]{0,60}\b(from|in|using|based on|out of|grounded in) (the |our |their |its |each |every |this |an? )?([\w'-]+ ){0,3}(" + _CORPUS_NOUNS + r")\b",
        # "technicians' answers have to come from the AMM"
        r"\banswers?\b[^.!?]{0,20}\b(have|has|need|needs|must|should) to (come|be drawn|be taken) (from|out of)\b",
        # "brokers ask about duty rates across the national tariff schedule", "ask about rules spread across ~600 circulars"
        r"\b(ask\w*|query\w*|question\w*)\b[^.!?]{0,50}\b(across|over|throughout)\b (the |our |their |all |~?\d[\d,.]*k? )?([\w'-]+ ){0,3}(" + _CORPUS_NOUNS + r")\b",
        # "fine-tune on our ~2,000 safety data sheets so the techs can ask stuff like re-entry intervals"
        r"\b(" + _CORPUS_NOUNS + r")\b[^.!?]{0,80}\b(ask|query|look up)\w* (it |them )?(stuff|things|questions|about)( like| such as| on)?\b",
        # "course catalog + regs chatbot", "handbook Q&A bot"
        r"\b(" + _CORPUS_NOUNS + r")( (\+|and|&) [\w-]+)? (chat ?bots?|bots?|q ?& ?a( bot)?|search)\b",
    )),
    ("task", "explore", STATED, _rx(
        r"\b(feasibility (check|study|test|trial)|test (whether|if) (an? )?(llm|ai|model|gpt[\w.-]*)s? (can|could|would))\b",
        r"\b(prototype|proof[- ]of[- ]concept|poc|hackathon|class project|school project|homework(?![- ](feedback|help|marking|grading|checker|tool|app|platform|assistant|tutor|service))|experiment\w*(?! (write-?ups?|results|notes|reports|logs|records|data))|explor(e|es|ing|atory)|tinker\w*|side project|just curious|mvp|playtests?|throwaway|learning project|try (out )?(a few|several|different)|find out (whether|if)|see (whether|if) (an? )?(llm|ai|model)s? can|see (whether|if) (it|ai|an? llm|this) (helps|works|would help|is worth it|makes sense)|not sure (we|if we) (even )?need (ai|an llm|it)|whether it'?s worth (it|pursuing)|(whether|if) (an? )?(llm|ai|model|gpt[\w.-]*)s? (can|could|would) [^.!?]{0,40}\bat all)\b")),
    ("task", "varied", STATED, _rx(
        r"\b(many|several|various|varied|different|multiple|a (wide )?variety of|lots of( different)?|all sorts of|any)\s+(different\s+)?(kinds of\s+)?(tasks|use[- ]cases|questions|topics|things|requests)\b",
        r"\bgeneral[- ]purpose\b")),
    ("task", "extraction", STATED, _rx(
        r"\b(extract\w*|pars(e|es|ing)|pull\w* out|pull\w* [^.!?]{0,100}\bout of|fields? from|named entit\w*|entities|ner|key[- ]value|structured data from)\b",
        r"\b(turn\w*|convert\w*|pull\w*)\b[^.!?]{0,60}\binto (a |an |the |our )?(structured |database |db |excel |google )?(records|rows|entries|spreadsheets?|tables?|databases?)\b")),
    ("task", "classification", STATED, _rx(
        r"\b(classif\w*|categori[sz]\w*|tagg(ing|ed)|tag (them|each|tickets|emails|items)|sentiment|moderat(ion|ing|ors?)\b|moderate (content|comments|posts|messages|reviews|chats?)|triag\w*|routing|route (tickets|emails|requests)|detect\w*|spam|intents?|flag\w*|disposition codes?|map\w* [^.!?]{0,90} to [^.!?]{0,25}(intents|categories|codes|labels|classes|code (set|subset|list|system)|taxonomy|ontology))\b",
        r"\bcod(e|ing) (of )?(every|each|all|the|free[- ]text|clinical|medical)? ?([\w-]+ ){0,2}(reports?|notes|records|claims|incidents?|diagnos[ie]s|encounters|charts|tickets|transcripts|responses|comments|events|cases|calls|complaints|symptoms|reactions)\b[^.!?]{0,20}\b(to|into|with|against)\b",
        r"\bcod(e|es|ed|ing) (every |each |all (the )?|the |our )([\w-]+ ){0,2}?[\w-]+ (to|into|against|with) (the |our |an? )?([\w-]+ ){0,2}(codes?|code (list|set|subset|system)|categor(y|ies)|classes|labels)\b",
        r"\bcoding (of )?(free[- ]text |clinical |medical |the )?(reports|notes|records|claims|incidents|diagnoses|encounters|charts)\b",
        r"\bcod(e|es|ing) (our|the|all|every|each|incoming|new|these|those) ([\w-]+ ){0,2}(reports|notes|records|claims|incidents|tickets|transcripts|responses|comments|narratives|descriptions|calls|complaints)\b(?! (to|for) (the )?(users?|customers|clients|readers))",
        r"\b(go|goes|sorted|sort|put|split|bucket\w*|fall|falls|assign\w*|rout\w*) (in)?to (one of )?(the |our )?(\d+|\w+|~\d+) ([\w-]+ )?(categories|buckets|queues|classes|bins|groups|intents|codes|labels|types)\b",
        r"\b(one of|among) (the |our )?(\d+|\w+|~\d+) ([\w/-]+ )?(categories|buckets|queues|classes|intents|codes|labels)\b",
        r"\b(tag|label|mark|flag)\w* (incoming |new |all |the |our |each |every )?([\w-]+ ){0,2}(claims|tickets|emails|messages|items|posts|reviews|documents|calls|requests|records|cases|complaints) as\b",
        r"\b(sort\w*|bucket\w*|split\w*|group\w*|rank\w*|grad(e|es|ing)|band\w*|bin\w*) [^.!?]{0,40}\binto ([\w-]+ ){0,2}(levels|grades|tiers|categories|buckets|classes|groups|bands|priorities|types|severities)\b",
        # "manually coded ~70k of these into our structured fault codes"
        r"\b(cod(e|ed|es|ing)|map\w*|convert\w*|turn\w*|sort\w*|bin\w*|normali[sz]\w*|standardi[sz]\w*) [^.!?]{0,40}\binto (our |the |a |one of (our |the )?)?([\w-]+ ){0,2}(codes|categories|labels|classes|buckets|intents)\b")),
    ("task", "code", STATED, _rx(r"\b(source code|code (snippets?|reviews?|generation|completion|explanations?|changes)|(?<!medical )(?<!clinical )coding(?! ([\w-]+ ){0,3}(to|into|against|under) (the |our |a )?(general ledger|gl|ledger|accounts?|(cost |expense |reason |billing |diagnosis |procedure )?codes?|categor\w*|icd|cpt|taxonomy|chart of accounts))|sql|programming|(write|writes|writing|explain\w*|generat\w*|review\w*|refactor\w*) (the |our |python |some )?code|codebase|pull requests?)\b")),
    ("task", "transform", STATED, _rx(
        r"\b(summar\w*|translat\w*|rewrit\w*|paraphras\w*|proofread\w*|rephras\w*|simplif\w*|brainstorm\w*|ideas)\b")),
    ("task", "generation", STATED, _rx(
        r"\b(writ(e|es|ing)|draft\w*|generat\w*|compos\w*|descriptions?|copy(writing)?|content|blog|impressions|reports?|letters?|emails?)\b")),
    ("task", "chat", STATED, _rx(r"\b(chat ?bots?|assistants?|support bots?|bots?|conversational|faqs?|help ?desk|agents?)\b")),
    # ---- data (phrases; amounts are handled separately) --------------------------------
    ("data", "none", STATED, _rx(
        r"\b(do not|don'?t|haven'?t|have not) (really |actually |yet )?(have|got) (any )?(labell?ed|annotated|approved|corrected|written|reviewed|gold) (summaries|transcripts|pairs|reports|replies|answers|letters|notes|outputs|handovers)\b",
        r"\b(nobody|no one|no-one) (has |have |had )?(ever )?(written|drafted|made|produced|kept) (any )?([\w-]+ )?(summaries|examples|answers|replies|labels|notes|drafts) (we|you|that|which) (could|can) (use|learn from|train on)\b",
        r"\b(useless|unusable|no good|worthless|not usable|no use) (as|for) (training|fine[- ]?tuning)( data| material| examples)?\b",
        r"\b(no|zero|without( any)?|lack( of)?)\s+(q&a|q and a|qa|question[- ]answer|labell?ed|annotated|training|tagged|example|ground[- ]truth|curated|clean|quality|good|real|customer|client|user|historical|production)?\s*(data(set)?|examples|samples|labels|annotations|training data)\b(?! (to|leaves?|leaving|goes|going|may|can|must|should|out|outside|off|in the cloud|sent|sharing)\b)",
        r"\bno (labell?ed|annotated|curated|corrected) \w+",
        r"\b(do not|don'?t|doesn'?t|dont|do n't|haven'?t|have not|never)\s+(really\s+|actually\s+|yet\s+|currently\s+)?(have|got|collected|gathered)\s+(any\s+)?(labell?ed\s+|annotated\s+|training\s+|old\s+|past\s+|previous\s+|real\s+|good\s+)?(data|examples|samples|labels|dataset)\b",
        r"\bnothing (is |has been |was )?(labell?ed|annotated)\b", r"\bno (labell?ed|annotated) (anything|data|examples)\b",
        r"\bnot (a )?(single|one) (labell?ed )?example\b",
        # "years of past responses but they're not a clean labelled set"
        r"\b(they'?re|they are|it'?s|it is|that'?s|those are|these are) not (really |exactly )?(a |an )?(clean|proper|usable|real|curated|tidy|consistent) (labell?ed |annotated |training )?(set|dataset|data ?set|training set|data)\b",
        r"\b(never|haven'?t|have not|didn'?t|did not) (ever )?(labell?ed|annotated|tagged|coded) (anything|any of (it|them)|them)\b",
        r"\b(nobody|no one|no-one) (has |have |had )?(ever )?(tagged|labell?ed|annotated|coded|reviewed|checked|graded|written|drafted) (\w+ ){0,3}?(on )?(them|it|those|these|any|anything)\b",
        r"\b(just|only) (the |a |an )?raw ([\w-]+ )?(dump|export|logs?|data|inbox|emails|files)\b", r"\bno ([\w&-]+ ){0,2}(pairs|examples|labels|transcripts|chat logs|conversation logs)\b")),
    ("data", "few", STATED, _rx(
        r"(?<!with )(?<!with a )(?<!with only )(?<!shot plus )(?<!shot and )(?<!shot with )(?<!shot plus a )(?<!shot and a )(?<!shot with a )\b(a (few|handful of)|only a few|very few|few|some|a small number of) (labell?ed |annotated |good |real )?(examples|samples|data points|labels)\b(?! (in|into) (the|our|a|my) (\w+ )?prompt)",
        r"\b(tiny|small|limited) (labell?ed )?(dataset|data ?set|amount of data)\b")),
    ("data", "large", INFERRED, _rx(
        r"\b(large|huge|massive|big|vast|extensive|rich) (corpus|dataset|data ?set|archive|collection|history|amount of (labell?ed )?data|body of)\b",
        r"\b(lots|plenty|tons) of (labell?ed |annotated |historical |training )?(data|examples)\b",
        r"\b(years|decades) of (clean |consistent |good )?(coded|labell?ed|tagged|annotated|classified) (history|data|records)\b",
        r"\b(years of|decades of) (labell?ed |annotated |historical |archived )?([\w-]+ )?(data|records|tickets|transcripts|reports|scripts|bulletins)\b",
        # "20 years of edited reports paired with raw transcripts": an archive of finished work
        r"\b(years|decades|a decade|a century) of (edited|published|approved|reviewed|coded|labell?ed|annotated|finali[sz]ed|corrected|graded|curated|signed[- ]off) ([\w-]+ ){0,2}\w+",
        r"\b(paired|aligned|matched|lined up) (up )?(with|to|against) (the |their |its |our )?([\w-]+ ){0,2}(transcripts|outputs|events|codes|labels|answers|summaries|translations|originals|sources|versions|drafts|reports|inputs|records|texts?|recordings|audio|footage|scans|images)\b",
        # "distilling gpt-4 outputs into an 8B": the teacher writes the training set
        r"\bdistil+\w* [^.!?]{0,40}\b(outputs?|responses|completions|generations|labels|answers)\b[^.!?]{0,30}\binto\b",
        r"\bdistil+\w* ([\w.-]+ ){0,3}into (an? |our )?(smaller|small|tiny|cheaper|open|local|\d+(\.\d+)?b)\b")),
    # ---- budget ------------------------------------------------------------------------
    ("budget", "low", STATED, _rx(
        r"\b(no|zero|tiny|small|limited|tight|low|minimal|shoestring|modest|little)\s+(budget|funding|money|resources)\b(?! (for|of) (latency|tokens|context|time|errors))",
        r"(?<!latency )(?<!token )(?<!time )(?<!context )(?<!error )(?<!compute )\bbudgets?( is| are|'s| (is|are) (really |very |pretty |quite )?) ?(small|tight|limited|low|minimal|tiny|almost nothing)\b",
        r"\bnot (looking|wanting|willing|able|planning) to spend (much|a lot|more|big)\b", r"\bnot (meant|supposed|going|intended) to be a (big|huge|major|large|massive) ([\w-]+ )?project\b",
        r"\b(cheap|inexpensive)\b(?!er)(?! (\w+ )?(model|inference|to run|per (call|request)|at (scale|volume)|phones?|devices?|hardware|laptops?|tablets?|handsets?))|\b(free tier|bootstrapp\w*|can'?t afford|cannot afford|cost[- ]sensitive|on a budget|not much money|skint|strapped)\b|\b(we'?re|we are|i'?m|i am|totally|pretty|flat|basically) broke\b")),
    ("budget", "high", STATED, _rx(
        r"\b(big|large|generous|healthy|substantial|ample|significant|decent|serious)\s+budget\b",
        r"\bbudget (is not|isn'?t) (an issue|a problem|a constraint|tight)\b",
        r"\b(gpu|compute|training) budget\b", r"\b\d+ ?gb (graphics )?(card|gpu)\b|\bgaming (pc|rig) with\b", r"\bwell[- ]funded\b", r"\bmoney is no(t an)? (object|issue)\b", r"\b(put|invest|spend|throw) (some )?(real|serious|significant|proper) money\b",
        r"\b(gpus?|compute|a cluster) (available|to spare)\b", r"\bwe have (the )?(gpus|compute|budget)\b",
        r"\b(partner|lab|university|someone|team) with (spare |free |their own )?(gpus|compute|a gpu cluster)\b", r"\baccess to (gpus|compute|a gpu cluster)\b")),
    ("budget", "low", INFERRED, _rx(r"\b(student(?!s?'? (handbook|services|records|portal|affairs|support|questions|loans?|body|data|information|essays?|work|answers|submissions|feedback|assignments))|freelanc\w*|hobby|hobbyist|personal project|nonprofit|non-profit|solo|indie)\b")),
    # ---- timeline ----------------------------------------------------------------------
    ("timeline", "phased", STATED, _rx(
        # "This quarter we just want to see whether it's any good, on 200 products. If leadership
        # likes it, next year it would cover all 3 million SKUs": a trial now, the full job later
        r"\b(this (quarter|month|year|spring|summer|autumn|fall|winter)|for now|at first|initially|to start( with)?|first)\b[^!?]{0,60}\b(see (whether|if|how)|test\w*|trial\w*|try(ing)?|pilot\w*|prove)\b[^!?]{0,120}\b(if|once|assuming) (leadership|management|the board|they|it|customers|users|people|we|the (pilot|trial|test))\b[^.!?]{0,30}\b(likes?|works?|succeeds?|approves?|pans out|goes well|takes off|proves)\b[^.!?]{0,60}\b(next (year|quarter)|later|then|after that|eventually|roll\w* (it )?out|scale|cover all|every)\b",
        r"\blater (on )?(we'?d|we would|we want|we'?ll want) (like )?(it )?(to be )?(cheaper|faster|more consistent|better)\b",
        r"\b(for (the )?launch|for now|right now)\b[^.!?]{0,40}\bbut long[- ]term\b",
        r"\b(get started|start) (right now|now|today)( with something)?\b[^.!?]{0,20}\b(and )?improve (it )?(over|during|through) the (year|next year|coming months)\b",
        r"\bsomething (usable|working|basic|simple) (in|within|by) (a|one|two|three|the next|next) (weeks?|months?)\b[^.!?]{0,30}\b(and|then) a (polished|proper|full|sturdier|better|production|robust)\b",
        r"\b(can|could|will|'ll) (log|record|capture|track) (which|what|every|each|all|the) ([\w-]+ ){0,3}(editors?|staff|users?|agents?|reviewers?|customers?) (pick|choose|accept|fix|edit|rewrite|change|correct)\b",
        r"\b(gather|collect|sav|keep|log|build)\w* (up )?([\w-]+ ){0,2}(logs|examples|drafts|outputs|replies|corrections|records|notes|data|labels)\b[^.!?]{0,30}\bas we go\b",
        r"\bso (we|i) can (train|fine[- ]?tune|teach) ([\w-]+ ){0,2}(properly |later |afterwards )?(later|next (year|season|quarter)|afterwards|once)\b",
        r"\bbeing (rewritten|redesigned|reworked|revised|finali[sz]ed|updated)\b[^!?]{0,80}\b(something|it|a (first )?version) (working|running|live|out|in place) (by|before|in|within)\b",
        r"\b(refine|improve|tune|train|fine[- ]?tune|upgrade) (it |things )?later\b",
        r"\brecords? (the|their|each|every) (decision|verdict|label|outcome|call|ruling)s?\b",
        r"\bsomething (now|quick(ly)?|fast|soon)\b[^!?]{0,40}\b(then|and( then)?|with) (something|a|an) (better|sturdier|proper|more (robust|polished|accurate)|bespoke|custom)\b",
        r"\beventually\b", r"\b(down the road|in the long run|long run,? we|phase (1|one|2|two))\b",
        r"\b(only |just )(now )?(starting|beginning|started|begun) to (label|annotate|tag|collect|gather|log)\b",
        # "our producers will fix every output before publishing", "front-desk staff can mark the good and bad replies"
        r"\b(will|'ll|can|are going to) (fix|correct|edit|review|approve|mark|rate|flag|grade|confirm or fix|confirm or correct|check and fix) (every|each|all( the)?|the good and bad|good and bad|the) ([\w-]+ ){0,2}(outputs?|drafts?|repl(y|ies)|answers?|responses?|results?|suggestions?|summar(y|ies))\b",
        r"\blong[- ]term,? (we|i|the (goal|plan|aim|idea))\b", r"\blong(er)?[- ]term\s?:",
        r"\b(will be|'ll be|are going to be) (correcting|fixing|editing|reviewing|approving|rating|marking) (the |every |each |all )?([\w-]+ )?(outputs?|drafts?|repl(y|ies)|answers?|responses?|summar(y|ies)|suggestions?|notes|reports|categories|labels|tags|codes|classifications|extractions?)\b",
        r"\b(coding|labell?ing|tagging|reviewing|checking|correcting|marking) (every|each) new (one|report|case|ticket|item|record)\b",
        r"\bprove (the |its )?value first\b|\b(first|before) (spending|investing) ([\w-]+ )?(on|in) (training|fine[- ]?tuning)\b",
        r"\b(in|within|after) (\d+|a few|six|three|two|twelve) months,? (we'?ll|we will) have\b",
        # "We could keep saving the approved ones going forward", "Every time I edit an AI draft I can save the final one"
        r"\b(keep|start) (saving|collecting|logging|storing|keeping) (the |all the |every |each )?([\w-]+ ){0,2}(ones|letters|drafts|examples|outputs|replies|answers|versions)\b[^.!?]{0,20}\b(going forward|from now on|as we go)\b",
        r"\bevery time (i|we|they|staff|editors?|(the|an?|our) [\w-]+) (edit|fix|correct|approve|review)(s|es)?\b[^.!?]{0,40}\b(i|we|they) (can |could |will |'ll )?(save|keep|log|store)\b",
        # "they promise to freeze it in Q3": requirements that settle later
        r"\b(freeze|lock( down)?|settle|stabili[sz]e) (it|them|the [\w-]+)( down)? (in|by|after|from) (q[1-4]|next (month|quarter|year)|the (spring|summer|autumn|fall|winter|new year))\b",
        r"\b(we'?ll|we will) (get|have|collect) (corrected|labell?ed|reviewed|approved|verified|checked)\b",
        r"\b(we'?ll|we will|we'?d) (end up with|have|get|build up|collect)\b[^.!?]{0,40}\bas (we|they|you) go\b",
        r"\b(we'?ll|we will) (keep|save|log|store|collect) (every|each|all( the)?) ([\w-]+ ){0,2}(that |which )?([\w-]+ ){0,2}(signs? off|approves?|approved|signed off|reviewed|corrected)\b",
        r"\b(build|collect|gather|accumulat|grow)\w*( up)? (a |an |the |our )?([\w-]+ ){0,2}(set|dataset|corpus|examples|labels|data)\b[^.!?]{0,20}\bas (we|they|you) go\b",
        r"\b(we |they )?(log|record|save|store|keep)\w* (every|each|all( the)?) ([\w-]+ ){0,1}(decisions?|labels?|corrections?|outcomes?|choices?|judg(e)?ments?|classifications?)\b",
        r"\bonce (there'?s|there is|we have|we'?ve got|we get) enough\b",
        r"\bshort[- ]term\b[^.!?]{0,150}[.;:]?\s*[^.!?]{0,10}\blong(er)?[- ]term\b",
        r"\bsomething\b[^.!?]{0,40}\b(right away|now|immediately|quickly|soon)\b[^.!?]{0,40}\band something (solid|better|proper|robust|sturdier)\b",
        r"\b(pilot|prototype|mvp|demo)\b[^.!?]{0,30}\band (a |an )?(solid|proper|robust|production|full)\b[^.!?]{0,20}\bby (the end of|next)\b",
        r"\bcan'?t wait for (the )?(data|labels|examples|dataset)\b",
        r"\bpilot\b[^.!?]{0,60}\bthen\b[^.!?]{0,40}\b([\w-]+[- ]wide|everywhere|all (clinics|sites|stores|branches|regions|teams))\b",
        r"\brolling (this |it )?out to (all|every|the other|more)\b",
        r"\b(corrected|edited|reviewed|approved|fixed) ([\w-]+ ){0,2}(notes|drafts|outputs|replies|reports|summaries|records|answers) (will be|are|get|gets|would be) (saved|kept|logged|stored|recorded|collected)\b",
        r"\b(fix|correct|edit|review|approve)\w* (the |every |each |all )?(drafts?|outputs?|notes|summaries|replies|entries)\b[^.!?]{0,30}\b(gives?|giving|will give|would give) us more\b",
        r"\b(prompts?|prompting)\b[^.!?]{0,40}\b(straight away|right away|now|immediately|today)\b[^.!?]{0,40}\b(in parallel|meanwhile|alongside|at the same time)\b[^.!?]{0,40}\b(build|train|fine[- ]?tun)\w*",
        r"\b(now|today|currently)\b[^.!?]{0,30}\b(double|triple|quadruple|ten times|10x)( that| it)?\b[^.!?]{0,20}\b(next|by|in|within|after) ([\w-]+ )?(year|summer|spring|autumn|fall|winter|season|quarter|launch|months)\b",
        r"\b(keep|log|save|store|collect|record)\w* (all |every )?(of )?(the |our )?([\w-]+ ){0,3}(logs|transcripts|conversations|chats|outputs|corrections|edits|drafts|replies)\b[^.!?]{0,40}\bto (train|fine[- ]?tune|learn)\b",
        r"\b(correct|edit|review|fix|approv|check)\w* (every|each|all( the)?) (drafts?|outputs?|repl(y|ies)|answers?|responses?|translations?|summar(y|ies))\b[^.!?]{0,30}\b(logg\w*|sav(e|ed|ing)|record\w*|kept|keep\w*|stor(e|ed|ing))\b",
        r"\b(we'?d|we would|we'?ll|we will|we can|we could) (build|collect|gather|accumulate|get|end up with)( up)?\b[^.!?]{0,60}\b(over|in|within|by) (the )?(next|coming|a|one|this) (year|months?|quarters?|weeks)\b",
        r"\b(corrections|edits|fixes|overrides)\b[^.!?]{0,20}\b(are|get|gets|being|is) (all )?(logged|saved|recorded|kept|stored|captured|tracked)\b",
        r"\b(right now|for now|at the moment|currently|today)\b[^.!?]{0,150}[.!?;]\s+(next year|next quarter|later( on)?|in (the )?(spring|autumn|fall|summer|winter|new year)|after that|eventually|longer[- ]term)\b",
        r"\b(now|demo|pilot|prototype|first|initially|for now|to start|this (term|semester|season|month|quarter))\b[^.!?]{0,60}\b(but|then|and)\b[^.!?]{0,20}\blong[- ]term\b(?! project)",
        r"\b(now|quickly|fast|first|initially|to start|for now|right away|soon|piloting|pilot)\b[^.!?]{0,80}\b(later|eventually|then scale|down the road|in the long run|over time|after the (merger|acquisition|expansion|rollout|pilot|launch))\b",
        r"\b(start|begin|launch)\w* (quickly|fast|now|small|simple)\b[^.!?]{0,80}\b(but|then|later|eventually)\b",
        r"\b(we'?re|we are) (saving|logging|keeping|collecting|storing) (every|each|all( the)?) [\w-]+",
        r"\b(expect\w*|we'?ll (have|log|collect|get|reach|be at)|will (grow|reach|scale|log|collect|have|be at)|going to (grow|scale|reach)|hiring|ramp\w* up to|go(ing)? from [^.!?]{0,20} to)\b[^.!?]{0,80}\b(next (year|quarter|season)|by q[1-4]|within (a few|six|three|\d+) months|later|eventually|in (a year|six months|\d+ months)|by (next|the end of the) (year|season))\b",
        r"\b(now|today|for today|right now|at launch|for launch|currently)\b[^.!?]{0,100}\b(next year|by q[1-4]|next quarter|within (six|three|\d+) months|by next year)\b",
        r"\b(will|'ll) (correct|log|collect|label|annotate|gather|accumulate|record)\b[^.!?]{0,40}\b(outputs?|them|data|examples|corrections|labels)\b",
        r"\b(becomes?|will be) (critical|essential|important) (at|by|after|for) (full )?(launch|scale|ga|production)\b",
        r"\b(step|phase|stage) (1|one)\b.{0,300}\b(step|phase|stage) (2|two)\b",
        r"\bif (it|that|this|the (pilot|prototype|poc|mvp|trial|beta)) (sticks|works( out)?|succeeds|takes off|proves (itself|out|useful)|(is|gets) (approved|signed off|green-?lit)|goes (well|ahead|live))\b",
        r"\b(for|during|in) the (pilot|poc|prototype|mvp|trial|beta)\b[^.!?]{0,40}\b(prompt\w*|off[- ]the[- ]shelf|base model)\b",
        r"\bthen (we'?d|we would|we'?ll|we will|we'?re going to) (want|need|move to|switch to|go for|look at)\b[^.!?]{0,40}\b(tun\w*|train\w*|fine[- ]?tun\w*|own model)\b",
        r"\b(budget|credits|money|funding|gpus?|compute|headcount)\b[^.!?]{0,30}\b(in|from|by|next|starting) (q[1-4]|(the )?next (quarter|half|year)|h2|the second half)\b",
        r"\b(grow\w*|add\w*|accumulat\w*|collect\w*|gather\w*|label\w*|get)\b[^.!?]{0,25}\b(more )?(labels|examples|samples|annotations|pairs|data)\b[^.!?]{0,15}\b(a|per|every|each) (week|month|quarter)\b",
        r"\b(labels|examples|samples|annotations|data(set)?)\b[^.!?]{0,20}\bgrow\w*\b", r"\bkeeps? (labell?ing|annotating|tagging|correcting) (more|new)\b|\bkeeps? (collecting|adding) (more|new) (labels|examples|data|pairs|samples|annotations)\b",
        r"\b(after|once|when) the (pilot|poc|prototype|mvp|demo|beta|trial)\b", r"\b(pilot|poc|prototype|mvp)\b[^.!?]{0,80}\b(production|prod) (version|system|rollout|model)\b",
        r"\bthen (switch|move|migrate|fine[- ]?tune|train|distil+)\b", r"\bonce (we'?ve|we have|we|they'?ve) (collected|gathered|got|have|labell?ed|accumulated|logged)\b",
        r"\b(busy|unavailable|booked) (until|till) (q[1-4]|next)\b",
        r"\b(can|could|will be able to|'ll be able to|plan to|are going to|'re going to) (build|collect|generate|create|assemble|label|get|pull|mine|extract|produce)\b[^.!?]{0,60}\b(in|within|over|by) (about |around |roughly )?(\d+|a few|a couple of|two|three|four|six|eight) (weeks|months)\b",
        r"\b(no|zero|none|0) ([\w-]+ )?(examples|data|labels|pairs)( \w+)? (today|yet|now|right now|at the moment)\b[^.!?]{0,10}\bbut\b",
        r"\b(demo|pilot|prototype|poc|mvp|beta)\b[^.!?]{0,30}\b(production|launch|go-live|ga|(full |real |actual )?roll-?out|scale)\b[^.!?]{0,15}\b(in|by|within|next)\b",
        r"\b(until|till|before) (launch|go-live|we launch|release|ga)\b[^.!?]{0,20}\bthen\b[^.!?]{0,20}\b(locked|fixed|stable|frozen|settled)\b",
        r"\b(until|till)\b[^.!?]{0,80}[;,]\s*(after that|then|afterwards|from then on|once (it|that) starts)\b[^.!?]{0,30}\b(locked|fixed|stable|frozen|settled|set in stone)\b",
        r"\b(asap|immediately|right away)\b[^.!?]{0,60}\b(next year|next quarter|later|in the spring|by q[1-4])\b",
        r"\b(live|launch\w*|pilot\w*|first version|an? mvp|up and running) (with[^.!?]{0,20} )?in (a|one|two|three|\d+|a few|a couple of) (weeks?|months?)\b[^.!?]{0,40}\b(by next year|next year|later|by q[1-4]|within a year|over the (next |coming )?(year|months)|group-wide|company-wide|everywhere)\b",
        r"\b(from now on|going forward|starting (now|today))\b[^.!?]{0,30}\b(gets?|will be|are|is) (logged|saved|reviewed|labell?ed|recorded|kept|stored)\b",
        r"\bafter (launch|go-live|the demo|the pilot)\b[^.!?]{0,20}\b(we'?ll|we will|it'?ll|it will|we'?re)\b",
        r"\bthen,? (next year|later( on)?|next quarter|in (the )?(spring|autumn|fall|summer|winter|new year))\b",
        r"\b(but|though|although|yet) (the team|they|we|people|staff|users|the business|ops|management) (wants?|needs?|would like|would love) (some )?(help|something|it|a version|a first version|relief) (sooner|earlier|now|quickly|asap|right away)\b",
        r"\b(is|are|'re|'s) (labell?ing|annotating|collecting|gathering|building|coding|tagging|reviewing)\b[^.!?]{0,50}\b(over|in|during|within) the (next|coming) (\w+ ){0,2}(months?|weeks?|quarters?|year)\b")),
    ("timeline", "long", STATED, _rx(
        r"\b(no (\w+ )?(rush|hurry|deadline|time pressure)|not in a (rush|hurry)|take (our|my) time|long[- ]term project|next year|in (a|one|two) years?|plenty of time|time is not an issue)\b")),
    ("timeline", "urgent", STATED, _rx(
        r"\b(by|before|until|for) (tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|(the )?end of (the|this) (week|month)|next week)\b",
        r"(?<!happened )(?<!happening )(?<!announced )(?<!released )(?<!published )(?<!said )\b(this|next) (week|weekend|sprint|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?!'s)", r"\bby (the )?end of (the |this )?month\b", r"(?<!not )(?<!isn't )(?<!nothing )\b(asap|right away|immediately|tomorrow|tonight)\b",
        # "it's urgent", "urgently" — not the urgent cases a triage task sorts out
        r"(?<!not )(?<!isn't )(?<!nothing )(?<!most )(?<!least )(?<!non-)(?<!non )(?<!truly )(?<!flag )(?<!flags )(?<!spot )\burgent(ly)?\b(?! (cases?|messages?|tickets?|calls?|ones|requests?|items?|issues?|alerts?|care|matters?|emails?|enquir\w*|inquir\w*|queries|referrals?|flags?|symptoms?|patients?|jobs|repairs|orders|complaints|reports|signs|findings|results|from|or|vs|versus|and (non|routine|normal)))", r"(?<!production )(?<!prod )(?<!live )(?<!use )(?<!running )\btoday\b(?!'s)(?!,? (it'?s|it is|we|we'?re|we are|our|the|they|there|i|i'?m|most|all|everything|staff|agents|a|an)\b)",
        r"\bhackathon\b", r"\b(quick|fast) (prototype|demo|turnaround|win|launch|start|mvp)\b", r"\bquickly\b(?! enough)",
        r"\bdemo (on|by|next|this|in)\b", r"\bdeadline is (close|tight|soon)\b")),
    ("timeline", "normal", STATED, _rx(r"\b(next|this|the coming) (quarter|month)\b", r"\bin (a|one|two|three) months?\b")),
    # ---- accuracy ----------------------------------------------------------------------
    ("accuracy", "low", STATED, _rx(
        r"\b(doesn'?t|does not|don'?t|do not|needn'?t|need not|won'?t) (have to|need to) be (perfect|exact|accurate|precise)\b",
        r"\brough(ly right)? (is|are) (fine|ok|okay)\b", r"\bnot (mission[- ])?(critical|crucial)\b",
        r"\b(ok(ay)?|fine) if (it'?s |it is )?(wrong|off|imperfect)\b", r"\blow[- ]stakes?\b",
        r"\bmistakes are (ok|okay|fine|acceptable)\b", r"\bapproximate is fine\b")),
    ("accuracy", "critical", STATED, _rx(
        r"\b(critical|crucial|mission[- ]critical|life[- ]or[- ]death|patient safety|safety[- ]critical|zero (errors|tolerance)|no room for error|high[- ]stakes|legally binding|compliance[- ]checked|mandatory|non[- ]negotiable)\b",
        r"\bmust (be|stay) (accurate|correct|exact|precise|consistent|reliable|right)\b",
        r"(?<!typing )(?<!retyping )(?<!repeating )(?<!pasting )(?<!writing )(?<!rewriting )(?<!explaining )\b(identical|exactly the same|the same) (\w+ ){0,2}(every|each) (single )?time\b",
        r"\b(cannot|can'?t) (afford|tolerate) (mistakes|errors|to be wrong)\b", r"\b(need|needs|require|requires|target) (at least )?9\d(\.\d+)?\s?%", r"\b(errors|mistakes) (are|would be) (costly|expensive|dangerous|unacceptable)\b")),
    ("accuracy", "high", STATED, _rx(r"\b(has|have|must|needs?) to be (right|correct|accurate|exact)\b", r"\bcustomers act on it\b",
        r"\b(a |one )?(wrong|bad|incorrect|mistaken|missed|false) ([\w-]+ ){0,2}(can|could|would|will|might|may) (let|cause|lead|mean|cost|result|put|send|trigger|hurt|harm|injure|kill)\b")),
    ("accuracy", "moderate", STATED, _rx(r"\b(embarrass\w*|not the end of the world|not (a disaster|dangerous))\b")),
    ("accuracy", "high", INFERRED, _rx(
        r"\b(accura(te|cy)|precis(e|ion)|consisten(t|cy|tly)|reliab(le|ility|ly)|correct(ness)?|exact(ly)?(?! like\b| the way\b| how\b| as\b| what\b)|dependabl\w*|predictabl\w*)\b")),
    # ---- domain ------------------------------------------------------------------------
    ("domain", "general", STATED, _rx(
        r"(?<!no )(?<!no public )(?<!no other )(?<!no base )(?<!no generic )(?<!no existing )(?<!no off-the-shelf )(?<!no general )\b(the |most |any |these |all the )?(base |big |general |frontier |hosted )?(models?|llms?|chatgpt|gpt[\w.-]*|claude) (already |all |definitely |obviously |surely )?(knows?|understands?) (?!nothing|little|our|your|their|the company|it\b|that\b)[\w-]+\b(?![^.!?;]{0,30}\b(vaguely|partly|partially|roughly|superficially|somewhat|a bit|a little|only|but|though|except)\b)",
        r"\b(common ?sense|nothing (exotic|special|fancy|unusual)|pretty standard( stuff)?)\b",
        r"\b(the |most )?(models?|llms?|gpt[\w.-]*|chatgpt|claude) (seems?|appears?) to (already )?know\b(?! (nothing|little|none))",
        r"\b(general[- ]purpose|general (knowledge|topics|questions|audience)|(?<!not )everyday|broad (topics|range)|varied questions|not (very |really |particularly |at all )?(speciali[sz]ed|technical|niche|specialist)|nothing speciali[sz]ed|common knowledge)\b")),
    ("domain", "highly", INFERRED, _rx(
        r"\b(medical|medicine|clinical|clinic|hospitals?|radiolog\w*|patients?|doctors?|physicians?|healthcare|health care|pharma\w*|legal|law firms?|lawyers?|attorneys?|clauses?|regulat\w*|compliance|financ\w*|(?<!food )(?<!blood )(?<!memory )(?<!question )(?<!test )(?<!word )(?<!data )(?<!image )(?<!sperm )(?<!seed )banks?|banking|insurance|loans?|tax|actuar\w*|scientific|biomedical|genomic\w*|nuclear|aerospace)\b")),
    ("domain", "specialized", INFERRED, _rx(
        r"\b(dialects?|low[- ]resource languages?|slang)\b",
        r"\bnot (everyday|plain|normal|ordinary|general|common) (english|language|vocabulary|words|terms|speech)\b",
        r"\b(in[- ]house|custom|proprietary|internal) ([\w-]+ )?(dialect|dsl|query language|language|syntax|framework|notation)\b",
        r"\b(abbreviat\w*|acronyms?|shorthand|lingo|codewords?)\b",
        r"\b(niche|speciali[sz]ed|domain[- ]specific|terminology|jargon|technical|industry[- ]specific|industry|telecom\w*|(?<!for )engineering(?! (team|budget|time|resources|help|support|capacity|staff|hours|effort|work|skills?))|manufacturing|chemi\w*|academic|proprietary (terms|vocabulary)|expert knowledge)\b")),
    # ---- change ------------------------------------------------------------------------
    ("change", "mixed", STATED, _rx(
        # "does about ten different things ..., but one of them, categorising transactions, is 90% of our traffic"
        r"\b(ten|dozen|several|many|handful of|lots of|\d+|a few|multiple) (small |little |different |other |separate )?(llm |ai )?(things|features|use[- ]cases|tasks|tools|workflows|jobs|skills)\b[^!?]{0,160}\b(one|only one|just one) of (them|those|these)\b[^!?]{0,140}\b(\d{2} ?%|most|the bulk|the majority) of (our |the |all )?(traffic|volume|requests|usage|calls|costs?|spend)\b",
        # "about a dozen small LLM features, each ... changing often. One of them, ..., hasn't changed in years"
        r"\b(dozen|several|many|handful of|lots of|\d+|a few|multiple) (small |little |different |other )?(llm |ai |gen-?ai )?(features|use[- ]cases|tasks|tools|workflows|automations|bots|jobs)\b[^!?]{0,160}\b(chang\w*|vary|varies|shift\w*|new ones?)\b[^!?]{0,80}\b(one|only one|just one|the exception) of (them|those|these)\b[^!?]{0,160}\b(stable|fixed|(has not|hasn'?t|never|not) changed|same (for|since)|unchanged)\b",
        r"\bonly the ([\w-]+ ){0,2}(rules|criteria|fields|sections?|parts?|bits?|policies|instructions) (move around|change|vary|shift)\b",
        r"\b(every|each) ([\w-]+ )?(deal|job|order|project|case|contract|shipment|event) has (its own |special |different |specific )(instructions|requirements|clauses|terms|rules)\b",
        r"\b[\w]+-specific (conventions|rules|requirements|formats|styles|terms) (differ|vary|change)\b",
        r"\b(every|each) (client|customer|tenant|account)\b[^.!?]{0,10}\bwants? (some |a few )?(extra|additional|custom|own) (fields|columns|attributes|categories)\b",
        r"\badds? new ([\w-]+ ){0,2}(panels|products|services|categories|lines|types|tests|forms)\b[^.!?]{0,20}\bwith (their|its) own\b",
        r"\b(clients?|customers?|users?) keeps? asking for (extra|new|more|additional) (custom )?(fields|categories|options|columns|attributes)\b",
        r"\b(rubric|rules|criteria|template|glossary|style guide)s? (is|are) (different|unique|specific) (for|per|to) (each|every) (course|client|customer|brand|site|team|region|product|department|campaign|job|project)\b",
        r"\b(every|each) (client|customer|job|project|author|brand) (sends?|has|brings?|provides?|supplies?) (their|its|his|her) own (glossary|termbase|style ?guide|rules|terminology|template|term list)\b",
        r"\b(details|specifics|options|rules|facts|data)\b[^.!?]{0,40}\b(are|is) (all )?(different|unique|specific) (for|per|to|in) (each|every) (message|request|call|email|query|booking|order|ticket|case|customer|job)\b",
        r"\bnew ([\w-]+ ){0,2}(come out|comes out|arrive|launch|are added|get added)\b[^.!?]{0,30}\bwith new (codes|categories|labels|classes|intents)\b",
        r"\b(stable|fixed|the same|unchanged)\b[^.!?]{0,40}\b(plus|but|and|while)\b[^.!?]{0,60}\b(its|their) own ([\w-]+ )?(rules|criteria|requirements|instructions|guidelines)\b",
        r"\b(but|and|while) each ([\w-]+ )?(course|client|customer|brand|site|team|region|product|department|campaign) has (its|their) own (rubric|rules|criteria|style guide|guidelines|template|format|requirements)\b",
        r"\b(has|have) to follow\b[^!?]{0,200}\b(free[- ]text|vary hugely|vary a lot|varies a lot|all over the place)\b",
        r"\(a\)[^!?]{0,300}\(b\)[^!?]{0,120}\b(whatever comes up|all sorts|ad[- ]hoc|varied|random)\b",
        r"\b(also|and|plus) (answer|handle|field|respond to|deal with) ([\w\'-]+ ){0,2}(ad[- ]hoc|random|one-off|open-ended|misc\w*) (questions|requests|queries)\b",
        r"\b(tweak|change|adjust|rework)\w* (the |our )?([\w-]+ )?(tone|style|voice|wording)\b[^.!?]{0,30}\b(every|each) (term|month|week|season|quarter|semester)\b[^.!?]{0,15}\bbut\b[^.!?]{0,40}\b(core|main|scoring|grading|marking)\b",
        r"\b(each|every) (month|week|season|quarter)\b[^.!?]{0,30}\b(has|have|wants?|brings?) a (different|new)\b",
        # "Two things: (1) scoring ... (2) chatty feedback, which the teachers ask to tweak every term"
        r"\(1\)[^!?]{0,300}\(2\)[^!?]{0,120}\b(which|that) ([\w-]+ ){0,2}(ask|asks|want|wants|like|likes) to (tweak|change|adjust|rework) (every|each)\b",
        # "the hosts keep changing what they want in the 'links and mentions' part"
        r"\bkeeps? (changing|tweaking|revising) what (they|he|she|we|the [\w-]+) wants? (in|for) (the |our |that )?['\"\u2018\u201c]?[\w' -]{1,40}['\"\u2019\u201d]? ?(part|section|bit|block|field|step)\b",
        r"\bfor most (clients|customers|cases|tasks|requests|jobs)\b[^.!?]{0,60}\b(prompt\w*|happy|fine)\b[^.!?]{0,80}[.!?;\u2014-]?\s*[^.!?]{0,10}\bbut (one|a single|our biggest|the largest)\b",
        r"\b(but|and|plus) (every|each) (week|month|day|season)\b[^.!?]{0,60}\bone-?offs?\b|\bone-?off (specials|requests|formats|variants|pieces)\b[^.!?]{0,40}\b(nobody|no one|can'?t|cannot) (can )?predict\b",
        r"\b(core|main|basic) ([\w-]+ ){0,2}(rules|task|format|logic|flow) (are|is) stable[;,]\s+(we|they) (add|introduce|get|bring in)\b",
        r"\b(rock[- ]solid|consistent|stable|reliable|the same)\b[^.!?]{0,80}\bbut\b[^.!?]{0,40}\b(chang\w*|var\w*|differ\w*)\b[^.!?]{0,20}\b(every|each|weekly|monthly|constantly)\b",
        r"\b(also|plus|and)\b[^.!?]{0,60}\b(that|which)? ?(vary|varies|differ|differs)\b[^.!?]{0,10}\b(by|with|per|from|depending on|between)\b(?! (country|countries|state|states|region|regions|jurisdiction|jurisdictions|province|provinces)\b)",
        r"\bthe rest of the ([\w-]+ )?(form|job|task|workflow|pipeline|output|letter|record|report|template)s? (changes|varies|shifts|moves)\b",
        r"\bwhatever (tone|style|voice|format|wording|angle|theme) ([\w-]+ ){0,2}(picks|chooses|wants|decides|likes|asks for|sets)\b",
        r"\bthe ([\w-]+ ){0,3}(field|section|part|step|bit|paragraph) (varies|differs|changes) (by|with|per|from|depending on|between)\b",
        r"\beach ([\w-]+ ){0,2}(client|customer|brand|tenant|account|partner|region|market)s? wants? (its own |their own |small |slight |minor )?([\w-]+ )?(differences|variations|tweaks|changes|twists)\b",
        r"\b(the rest|everything else|the remainder|the other \d+ ?%)(?!\w)[^.!?]{0,15}\b(is|are) (a |an )?(long tail|grab[- ]bag|mix|random|all over the place|one-offs)\b",
        r"\blong tail of (weird |random |odd |rare |unusual |one-off )*(one-offs|requests|questions|cases|edge cases|issues|topics)\b",
        r"\b(the rest|everything else|the remainder|the other \d+ ?%)(?!\w)[^.!?]{0,15}\b(is|are) (a |an )?(oddballs|exceptions|edge cases|weird|odd|unusual|custom|bespoke)\b",
        r"\b(still|also) (want|use|need|keep|rely on) (the )?prompts? for\b",
        r"\balso (answer|handle|field|respond to|deal with) (whatever|anything( else)?|any other questions|open-ended questions|random questions)\b|\b(answer|handle|field) whatever\b",
        r"\b(stable|fixed|settled|locked|unchanged|the same)\b[^.!?]{0,25}?[,;]?\s*(but|though|although|while|except|yet)\b[^.!?]{0,60}\b(new|add\w*|extra|now and then|chang\w*|evolv\w*|rotat\w*|each (year|month|week|quarter)|every (year|month|week|quarter))\b")),
    ("change", "stable", STATED, _rx(
        # "the rubric is set by the state for years"
        r"\b(set|fixed|defined|mandated|prescribed) by (the )?(state|regulator|law|government|ministry|standard|board|district|accreditor)\b[^.!?]{0,20}\b(for|since) (years|decades|\d+ years)\b",
        r"\bsame (rules|format|criteria|categories|conventions|process|standards?)( \w+)? (throughout|every time|across the board|all along)\b",
        r"\b(requirements?|task|rules|categories|format|spec\w*|labels|fields|schema|codes|code list|taxonomy|intents|classes|queues|list|template|structure)\b[^.!?]{0,30}\b(stable|(?<!thing )(?<!issue )(?<!problem )(?<!bug )fixed(?! (this|in|soon|asap|quickly|now|today|before))(?! by (friday|monday|tuesday|wednesday|thursday|saturday|sunday|next|the end|tomorrow|then|q\d|\d))|settled|won'?t change|don'?t change|do not change|doesn'?t change|didn'?t change|did not change|rarely change\w*|never change\w*|(barely|hardly|seldom|scarcely) (ever )?change\w*|frozen|(has|have) (been|stayed|remained) (the same|identical|unchanged))\b",
        r"\b(stable|fixed|well[- ]defined|unchanging|locked|standard) (task|requirements?|rules|categories|format|spec\w*|use case|core|rubrics?|schema)\b",
        r"\b(isn'?t|aren'?t|is not|are not|not) (going|likely|expected|about) to change\b|\b(unlikely|not expected) to change\b",
        r"\b(last (revised|changed|updated|amended)|(revised|changed|updated|amended) last)( in)? (19|20)\d\d\b",
        r"\b(chang|revis|updat|amend)\w* (only )?once in (a|the last|over|about)? ?(\w+ )?(years?|decades?)\b|\bonce (a|per) decade\b",
        r"\b(is|are) (a |pretty |fairly |quite |very |mostly |largely )?(stable|locked|fixed|settled|standardi[sz]ed)\b", r"\bstable core\b",
        r"\b(stays?|remains?) (the same|constant|unchanged|fixed|stable)\b",
        r"\b(format|structure|template|layout|task|schema|process|rubric)\b[^.!?]{0,15}\b(is|are) always the same\b",
        r"\b(tuned|fine[- ]?tuned) (core|base|model)s? (\+|and|plus|with) prompt\w*",
        r"\b(same|identical) (task|format|thing) (every|each) (time|day)\b",
        r"\b(hasn'?t|haven'?t|has not|have not|hardly|barely|never|rarely) (really |much |ever )?(changed|moved|evolved|been updated)\b", r"\bunchanged\b",
        r"\b(most|\d+ ?%|the (vast )?majority) of [^.!?]{0,30}\b(are|is|fall into|come from) the same (\d+ |few |handful of )?(\w+ )?(categories|intents|types|classes|labels|issues|cases|questions)\b", r"\b(is|are) the same every (day|time|week|month|year)\b", r"\b(are|is) the same across (all )?(trials|clients|sites|projects|cases|customers|jobs|products|brands|courses)\b", r"\b(has|have|'s|'ve) been (stable|fixed|unchanged|the same) for (years|ages|decades|a long time)\b",
        r"\b(most|the bulk|the majority|\d+ ?%)( of)? [^.!?]{0,30}\b(is|are) (still )?the same (old )?\w+",
        r"\b(has|have) (been|stayed|remained) the same for (years|ages|a long time|decades)\b",
        r"\b(same|unchanged|fixed) ([\w-]+ ){0,3}(playbook|rules|rubrics?|templates?|format|process|checklist|guidelines|style guide|categories|schema|taxonomy|positions)\b[^.!?]{0,30}\b(for|since|in) (years|ages|decades|a decade|(\d+|two|three|four|five|six|seven|eight|nine|ten|many) years)\b")),
    # "Product just added 3 new intents": one change, not a stream of them
    ("change", "occasional", STATED, _rx(
        r"\b(gets?|adds?|add|see) (a handful of|a few|one or two|a couple of|two or three) new (codes|categories|labels|intents|classes|tags|types)\b[^.!?]{0,20}\b((once|twice) a year|a year|annually|per year)\b",
        r"\bchang\w* (a bit|a little|slightly|somewhat|only a bit) (from )?(season to season|year to year|year on year|each year|each season)\b",
        r"\b(chang\w*|revis\w*|updat\w*|tweak\w*|amend\w*|adjust\w*)\b[^.!?]{0,25}\b((about |roughly |maybe )?(once|twice|a couple of times|a few times|two or three times|[23] times) (a|per) year|annually|yearly|every (year|two years|year or two|couple of years|few years))\b",
        r"\b((once|twice) (a|per) year|every (year|two years|year or two|couple of years)|annual(ly)?|yearly)\b[^.!?]{0,15}\b(small |minor )?(tweaks?|updates?|revisions?|changes?)\b",
        r"\b(just|recently|have just|'ve just) (added|introduced|created|launched|defined) (\w+ ){0,2}new (intents|categories|labels|classes|fields|codes|document types|types|tags)\b(?![^.!?]{0,60}\b(every|each|weekly|monthly|again|keeps?)\b)")),
    ("change", "frequent", STATED, _rx(
        r"\bchange whenever (a|the) (product|policy|rule|client|regulation|law|price)s? (does|do|changes?)\b",
        r"\b(every|each) (week|month|day)\b[^.!?]{0,10}\bthere'?s a (new )?['\"‘“]?[\w -]{1,20}['\"’”]? (list|set|batch|category|issue)\b",
        r"\brewrit\w* (the |their |our |its )?([\w-]+ )?(rules|criteria|taxonomy|categories|guidelines|rubrics?|label set|policy)\b[^.!?]{0,15}\b(every|each|weekly|monthly|quarterly)\b",
        r"\bchang\w* (the |our )?formats? (on|for|of|across|in) (every|each|all)\b",
        r"\b(every|each) sprint\b", r"\bnew trends?\b",
        r"\b(scams?|scam scripts|scripts|tactics|tricks|patterns|slang|schemes|attacks?)\b (mutate|evolve|change|shift|morph)\w*\b[^.!?]{0,20}\b(every|each|weekly|daily|constantly|all the time|fast|quickly)\b", r"\b(clients|customers|requests|jobs|projects|briefs)\b (vary|differ|change) (every|each) (week|day|month|time)\b",
        r"\b(tone|voice|style|wording|copy|messaging|instructions|prompts?|guidelines)\b[^.!?]{0,30}\b(rewrit\w*|chang\w*|revis\w*|tweak\w*|overhaul\w*)\b[^.!?]{0,15}\b(every (few |couple of )?(weeks?|months?|days?|sprints?)|weekly|monthly|constantly|all the time)\b",
        r"\b(rewrit\w*|chang\w*|revis\w*|tweak\w*|overhaul\w*) (the |our |its |their )?(tone|voice|style|wording|copy|messaging|instructions|prompts?|guidelines)\b[^.!?]{0,15}\b(every (few |couple of )?(weeks?|months?|days?|sprints?)|weekly|monthly|constantly|all the time)\b", r"\b(every|each) (sale|issue|project|event|show|batch|job|campaign|brief|episode|production|edition|client|customer|brand|account|tenant) is (a )?(different|new|unique)\b",
        r"\b(specifics|details|particulars|facts|contents?)\b[^.!?]{0,60}\b(differ|vary|change)\w* (each|every) (time|case|message|request)\b[^.!?]{0,30}\b(passed|fed|injected|supplied|put|given) in\b",
        r"(?<!keeps )(?<!keep )(?<!kept )\b(invent(?!ed)\w*|come up with|coming up with|find\w*|try\w*|adopt\w*|emerg\w*|switch\w*|chang\w*|rotat\w*|new) (their |new )?(tricks|tactics|scams|scam patterns|patterns|schemes|attack patterns|slang|trends|memes|variants|evasions|categories|sub-?categories|labels|intents|tags|codes)\b",
        r"\bnew (codes|categories|labels|intents|classes|tags) (come|arrive|appear|get added|are added)\b",
        r"\bstill (figuring out|deciding|working out|defining|exploring) (what|which|how)\b",
        r"\b(hasn'?t|haven'?t|has not|have not|not yet) (really |even )?(decided|settled on|figured out|agreed on|nailed down) (on )?(what|how|which|the (feature|scope|spec|requirements|format|design))\b",
        r"\b(scheme|taxonomy|categor(y|ies)|labels?|label set|schema|requirements?|spec|rubric|workflow)\b[^.!?]{0,30}\b(is|are) being (redesigned|reworked|overhauled|rewritten|restructured|changed|redefined|revamped)\b",
        r"\b(will|'ll|going to|is likely to|are likely to) (probably |likely |almost certainly |surely )?change again\b",
        r"\bchang\w* (its|their|his|her|our|my) minds?\b",
        r"\b(scrap\w*|ditch\w*|throw\w* out|replac\w*|overhaul\w*) (that|the|our|this|their) ([\w-]+ )?(taxonomy|categories|labels|scheme|label set|schema|tag set|code list)\b|\b(fiddl\w*|tinker\w*|mess\w*) (around )?with (the )?([\w-]+ )?(categor(y|ies)|definitions|labels|taxonomy|schema)\b",
        r"\b(requests|instructions|needs|asks|requirements|criteria|notices|questions|tasks|jobs|briefs|orders|what (they|people|users|customers|clients) (want|ask for))\b[^.!?]{0,15}\b(vary|varies|differ|differs)\b[^.!?]{0,15}\b(all the time|constantly|a lot|every time|each time|wildly|week to week|day to day)\b",
        r"\b(add|adding|support|supporting) (\w+ )?new (document types|fields|output fields|categories|intents|labels|formats|use cases|languages)\b",
        r"\bchang\w* what (it|the bot|the model|the assistant)('s| is)? (allowed|permitted|supposed) to\b", r"\brandom new stuff\b", r"\bkeeps? (changing|shifting|moving|evolving)\b(?! (how|the way|what) (it|the model|gpt[\w.-]*|the llm|the output)\b)", r"\bmoving target\b",
        r"\bconstantly (evolving|changing)\b", r"\bfast[- ]moving\b", r"\bin flux\b",
        r"\b(requirements?|rules|categories|taxonomy|labels|tag (list|set)|label (list|set)|code list|specs?|specifications|priorities|use[- ]cases|tasks|scope|guidelines|criteria|policies|prompts?|formats?|wording|disclaimers?|templates?|output fields|fields|briefs?|campaigns|tone guidance|design|game design|the brief)\b(?![^.!?]{0,40}\b(never|rarely|don'?t|doesn'?t|didn'?t|did not|won'?t|do not|does not|hardly|isn'?t|aren'?t|is not|are not|hasn'?t|haven'?t|has not|have not|not going to|unlikely to|last (revised|changed|updated|amended)( in)?|(revised|changed|updated|amended) last)\b)[^.!?]{0,40}\b(chang\w*|shift\w*|evolv\w*|redefin\w*|rework\w*|revis\w*|updat\w*|reshuffl\w*|reorgani[sz]\w*|restructur\w*)\b",
        r"\b(chang\w*|shift\w*|evolv\w*|redefin\w*|rework\w*|revis\w*|redesign\w*|overhaul\w*|restructur\w*|revamp\w*|reshuffl\w*|reorgani[sz]\w*)\b[^.!?]{0,30}\b(requirements?|rules|categor(y|ies)|taxonomy|labels|specs?|priorities|use[- ]cases|tasks|scope|criteria|tone|wording|messaging|themes?|tags?|fields?)\b",
        r"\b(chang\w*|add\w*(?! (about |around |roughly |another |~)?\d)(?! more\b)|(?<![\dk] )(?<![\dk]\+ )(?<!thousand )(?<!million )(?<!hundred )(?<!or so )(?<!or more )new|shift\w*|updat\w*|rework\w*|fresh|ad[- ]hoc|custom)\b[^.!?]{0,50}\b(every (few |couple( of)? |\d+ |two |three |six )?(days?|weeks?|months?|sprints?|semesters?|terms?|seasons?|quarters?|releases?)|weekly|monthly)\b",
        r"\bkeeps? (changing|adding(?! (about |around |roughly |another |~)?\d)|requesting|asking for (new|custom|more|extra|different))\b(?! (how|the way|what) (it|the model|gpt[\w.-]*|the llm|the output)\b)",
        r"\bevery (few |couple( of)? |\d+ |two |three |six )?(days?|weeks?|months?|sprints?|semesters?|terms?|seasons?|quarters?|releases?)\b[^.!?]{0,30}\b((?<![\dk] )(?<![\dk]\+ )new|fresh|different|chang(ing|es)|updated|one-off|one-time|ad[- ]hoc|temporary|special)\b",
        r"\b(one-off|one-time|ad[- ]hoc|temporary|short-lived) (rules|exceptions|instructions|overrides|requests|campaigns|changes)\b", r"\b(each|every) (of (the|our) (\d+ )?)?[a-z]+s?(,? (though|tho|however),?)? (also )?(wants?|has|needs?|uses|adds|brings|sets|specifies|defines|gets) (its|their|a) (own|different)\b",
        r"\b(each|every) ([\w-]+ ){0,2}(client|customer|brand|tenant|account|partner|author|editor)s? (also )?wants? (a )?different (formats?|requirements?|rules|criteria|templates?|styles?|fields|specs?|layouts?|tones?|categories)\b")),
    # ---- volume (phrases; amounts handled separately) ----------------------------------
    ("volume", "high", STATED, _rx(
        r"\bbecause of (the|our) (huge |massive |sheer |high )?volumes?\b",
        r"\b(high[- ]volume|huge volumes?|at (massive |large |huge )?scale|massive (volume|traffic|scale)|heavy traffic|large[- ]scale|high traffic|very high volume|tons of (requests|traffic|calls))\b",
        # "Runs 24/7, every few minutes for 9 stations"
        r"\b(runs?|running|operat\w+|goes out|generat\w+) (around the clock|24/7)\b[^.!?]{0,30}\bevery (few |couple of )?(minutes?|seconds?)\b")),
    ("volume", "low", STATED, _rx(
        r"\b(one|a single|a couple of|a few|two|three) (?!(million|mil|thousand|hundred|k|billion)\b)([\w-]+ )?(reports?|letters?|posts?|newsletters?|emails?|requests?|queries|documents?|articles?|episodes?|bulletins?|summaries|notes?|scripts?)( or two)? (a|per|each|every) (week|month|fortnight)\b",
        r"\b(low[- ]volume|low traffic|small volume|(a )?few (requests|queries|calls|times) (a|per) (day|week)|handful of (users|people|requests)|occasional(ly)? use|few users|internal tool for (a few|\d+) (people|users))\b")),
    # ---- privacy -----------------------------------------------------------------------
    ("privacy", "standard", STATED, _rx(
        r"\b(no (sensitive|private|personal|confidential) (data|information)|nothing (sensitive|confidential)|not sensitive|public(ly available)? data|no privacy (concerns?|issues?|constraints?|requirements?))\b")),
    ("privacy", "on_prem", STATED, _rx(
        r"\b(has to|must|needs? to|should) run (locally|offline|on-device)\b|\brun (locally|offline) on (the |a )?(player'?s?|user'?s?|customer'?s?|their|our) (machine|device|phone|pc|computer|laptop|console)s?\b",
        r"\b(can(no|')?t|cannot|must not|may not|not allowed to|must never|may never|can never|should never) (leave|go to|be sent)\b", r"\bnothing (can|may|should|must) leave\b", r"\bvpc\b",
        r"\b(embedded hardware|on[- ]device|edge devices?|runs? offline|offline device)\b", r"\b(runs?|running) on (the |a |their )?([\w-]+ ){0,2}(phone|handset|device|laptop|tablet)s?\b|\boffline\b(?! (eval\w*|batch|test\w*|metrics?|analysis|processing|jobs?))|\bno network (calls|access|connection)\b",
        r"\b(must|has to|have to|needs? to|got to|should) (stay|remain|be kept|be hosted|run) (on|in|within|inside)\b(?! (the |a |our )?(system )?(prompt|context))(?! (our |the |an? )?(\w+ )?(azure|aws|gcp|google cloud|eu|region|tenant|cloud (tenant|account|subscription)))", r"\bprivate cloud\b",
        r"\b(on[- ]?prem\w*|on[- ]premises?|air[- ]?gapped|self[- ]host\w*|in[- ]house (servers|hardware|infrastructure)|behind (our|the) firewall|sovereign)\b",
        r"\bour own (servers|infrastructure|hardware|data ?cent(er|re)s?|cloud|machines|gpus)\b", r"\b(model|llm|it) (on|in) our (own )?(servers|data ?cent(er|re)s?|hardware)\b",
        r"\b(no|not use (a|any)?) (cloud|external|third[- ]party|hosted) (apis?|providers?|services?)\b",
        r"\blocal(ly)? (model|hosted|deployment|llm)s?\b")),
    ("privacy", "sensitive", STATED, _rx(
        r"\b(inside|within|in) our (own |approved |existing |company |corporate )?(azure|aws|gcp|google cloud|cloud) (tenant|account|subscription|vpc|environment)\b",
        r"\b(data|records|files|documents|notes|transcripts|summaries) (is|are) (private|confidential|sensitive)\b",
        r"\b(sensitive|confidential|private data|personal data|pii|phi|hipaa|gdpr|patient (data|records)|medical records|de-?identified|anonymi[sz]ed|financial records|customer data|privacy)\b")),
    # ---- expertise ---------------------------------------------------------------------
    ("expertise", "none", STATED, _rx(
        r"\b(nobody|no one|no-one|none of us)( on the team| here| in the team| on our team)? (has|have|knows?) (any )?(ml|machine[- ]learning|ai|data science|fine[- ]tuning)\b",
        r"\b(no|zero|without( any| an?)?|don'?t have( any| an?)?|lack( of)?|no in-house)\s+(ml|machine[- ]learning|ai|data[- ]scien\w*)(\s+(engineers?|experts?|expertise|team|people|staff|skills|experience|background|knowledge|specialists?))?\b(?!(\s+[\w-]+)? yet\W+(we'?re|we are|and we'?re|but we'?re) (hiring|recruiting|building one))",
        r"\bno (engineers|developers|technical (team|staff|people))\b",
        r"\b(we'?d|we would|we'?ll|we will|we plan to|we'?re going to|we hope to) (need to |have to )?hire (for |an? |some |in )?(ml|machine[- ]learning|data scien\w*|ai|nlp)\b",
        r"\b(just|only) (a |one |two )?(web |front[- ]?end |junior )?(developer|dev|programmer|designer|marketer)s?\b",
        r"\b(we'?re|we are) (all |just )?(web|front[- ]?end|back[- ]?end|full[- ]stack|app) (devs|developers|engineers)\b",
        r"\bnon[- ]technical\b", r"\bno[- ]code\b", r"\bnot (really |exactly )?(ml|machine learning) (people|experts|engineers|folks)\b",
        r"\bno (real |actual |proper )?(ml|machine learning|ai|data science) (experience|background|skills|knowledge)\b",
        # "we're beginners", not "beginner Spanish" (the users' level, not the team's)
        r"\b(we'?re|we are|i'?m|i am|team is|team of|(all|total|complete|absolute)) (all |just |total |complete |absolute )?beginners?\b(?! (spanish|french|german|english|learners|students|level|classes|courses?|users|players))",
        r"\bbeginners? (at|with|in) (ml|ai|machine learning|this|coding|programming|python|tech)\b",
        r"\bnobody (knows|who knows) (ml|machine learning)\b")),
    ("expertise", "strong", STATED, _rx(
        r"(?<!no )(?<!zero )\b(ml|machine[- ]learning|data[- ]science|ai|research|applied science|nlp) (team|engineers?|group|department|experts?|expertise|researchers?|scientists?)\b",
        r"\bdata scientists?\b", r"\bexperien\w* (with |in )?(fine[- ]?tuning|training (models|llms))\b", r"(?<!not )(?<!really )(?<!no )\b(ml|machine[- ]learning|nlp) (people|folks|staff|talent)\b",
        r"\bphds?\b", r"\bwe('ve| have) (fine[- ]?tuned|trained) (models|llms|before)\b", r"\bmlops\b")),
    ("expertise", "some", STATED, _rx(
        r"\b(has|have|\'s|\'ve) (played|tinkered|experimented|dabbled|messed about|messed around) with (fine[- ]?tun\w*|training|lora|qlora|small models)\b",
        r"\b(a (few|couple of) (engineers|developers|devs)|some (ml|python|engineering|data) (experience|skills|knowledge|background)|engineers but no ml|one (ml|data) (engineer|person|scientist))\b",
        r"\b(computational linguists?|an? (part[- ]time |freelance )?(ml|nlp|data science) (consultant|contractor|person|student))\b",
        r"\b(a|an|one) (contractor|consultant|freelancer|developer|engineer|dev)( \w+)? who('?s| has) (done|run|built) (some )?(model training|fine[- ]tuning|ml)\b",
        r"\b(have|has|'ve) (already )?fine[- ]tuned (\w+ )?(models?|llms?) (before|in the past|at a previous job)\b",
        r"\b(a|an|one|two) (data analysts?|analysts?)\b[^.!?]{0,20}\b(and|plus) (a|an|one|two) (contract(ed|or)? |freelance |part[- ]time )?(developers?|devs?|programmers?)\b",
        r"\b(has|have|'s|'ve) (already )?(done|used|run|tried|shipped) (a )?(lora|qlora|peft|fine[- ]?tun\w*)( runs?| jobs?)?( before)?\b",
        r"\bknows? how to (run|do|use|train) (a )?(lora|qlora|peft|fine[- ]?tun\w*)\b")),
    ("expertise", "none", INFERRED, _rx(r"\b(full[- ]stack|web|front[- ]?end|back[- ]?end|app|mobile) (devs|developers|engineers)\b", r"\b(it|sys) ?admins\b")),
    # ---- baseline ----------------------------------------------------------------------
    ("baseline", "tuned", STATED, _rx(
        r"\b(we('ve| have)? (already )?(got |had |have |run |running )?an? |our (existing |current )?|the )(existing |current )?fine[- ]?tuned (\w+ ){0,2}(model|llm|classifier|extractor)\b[^.!?]{0,40}\b(in prod\w*|live|deployed|works|running|is (rock )?solid|is (great|perfect|good))",
        r"\b(our|the) fine[- ]?tuned (\w+ ){0,2}model'?s? (tone|style|voice|format|output)s? (is|are) (perfect|great|good|solid)\b",
        r"\b(we|someone|they|a contractor|the vendor|an agency|our (team|dev|developer|it team)) (al+ready |previously |once )?(fine[- ]?tuned|trained|tuned|lora[- ]tuned|customi[sz]ed) (a|an|our|the|our own) ([\w-]+ ){0,2}(model|llm|classifier|version|checkpoint)\b",
        r"\b(an?|our|the) (existing |current |in-house |custom )?(lora[- ]|qlora[- ])?(fine[- ]?tuned|custom[- ]trained) ([\w.-]+ ){0,2}?(model|llm|classifier|extractor|tagger|mistral|llama[\w.-]*|gpt[\w.-]*|bert|t5|qwen[\w.-]*|gemma[\w.-]*|phi[\w.-]*|version|checkpoint)s? (already|currently|now|today) (\w+s|works?|runs?|does|handles?)\b",
        r"\b(we('ve| have|'re| are)? (currently |now |still |already )?(got|run|have|built|deployed|own|use|trained|running|using) (an? |our )?|our (own |existing |current |in-house )?|the (existing |current |in-house |deployed )|the (?=lora[- ]|qlora[- ]))(lora[- ]|qlora[- ]|peft[- ])?(fine[- ]?tuned|tuned|custom[- ]trained|lora|adapter[- ]tuned)( [\w.-]+){0,2}? (model|llm|classifier|extractor|mistral|llama[\w.-]*|gpt[\w.-]*|bert|t5|qwen[\w.-]*|gemma[\w.-]*|phi[\w.-]*|version|checkpoint|adapter)s?\b",
        r"\b(our|the) (own |existing |current |in-house |custom )?(model|llm|classifier) (was|has been|got) (fine[- ]?tuned|trained|tuned)\b[^.!?]{0,30}\b(on|with)\b", r"\bour fine[- ]?tuned ([\w-]+ ){0,2}model (took|got|gets|brought|moved|handles|does)\b")),
    ("baseline", "costly", STATED, _rx(
        r"\bcosts? (us )?(a lot|a fortune|loads|too much)( of tokens| in tokens)\b",
        r"\b(can'?t|cannot) (pay|afford) ([\w-]+ ){0,3}(api )?prices\b",
        r"\bper[- ](call|request|item|message|query|listing) (budget|cost)s? (is|are) (tiny|small|low|very low|minimal)\b",
        r"\b(or|and|can'?t|cannot) pay that much\b", r"\bcosts? (us )?more than (we|it|the app|the product) (earn|make|bring)s?\b",
        r"\b(expensive|costly|pricey) per (claim|call|request|message|document|ticket|item|query|email|page|report)\b",
        r"(?<!sometimes )(?<!a bit )(?<!slightly )(?<!a little )(?<!often )(?<!just )\btoo (expensive|costly|slow|long)\b", r"\bcosts? too much\b",
        r"\bprompts? (is|are|gets?|getting|is getting|is becoming|are becoming|has become|have become|grew|keeps growing) (very |too |so |really |quite )?(long|big|expensive|huge|bloated|costly|massive)\b",
        r"\b(costs?|bills?|spend|token (costs?|spend)|inference costs?)\b (is|are|gets?|getting) (very |too |really |so )?(high|big|large|growing|exploding|painful)\b",
        r"\blatency\b[^.!?]{0,60}\b(complain\w*|too (high|slow)|unacceptable|killing)\b", r"(?<!only )(?<!just )\b(\d{1,3}(,\d{3})+|\d+(\.\d+)?k|\d{4,})[- ]?tokens?\b",
        r"\b(per[- ](request|call|query) (cost|price)|cost per (request|call|query)|token (costs?|bills?))\b",
        r"\blatency (and|&) (per[- ]request )?cost\b",
        r"\b(bill|bills|spend|spending|costs?|paying|invoice)\b[^.!?]{0,15}(\$|usd|€|£|chf|aud|cad|sek|nok|dkk|inr|¥|₹|rs\.?)\s?\d", r"\b(get|make) it cheaper\b", r"\bcheaper,? (small(er)?|tiny|distilled|compact) model\b",
        r"\b(bill|costs?|spend|latency|p9\d( latency)?) (is|are) (ugly|awful|huge|insane|painful|brutal|too high|terrible|killing us)\b",
        r"\b(massive|huge|giant|enormous|\d[\d,.]*k?[- ]token) (system )?prompt\b",
        r"\b(reduce|cut|lower|bring down) (the |our )?(costs?|bill|spend|token usage|latency)\b", r"\bcosts? (us )?a fortune\b|\b(a|one|two|several) seconds? per (query|request|call|message)\b",
        r"\b(expensive|costly|pricey|too much) (at|for) (our|this|that|the|such) (volume|scale|traffic)\b",
        r"\bcosts?\b[^.!?]{0,40}\bwould (be )?(eat|kill|blow|bankrupt|absurd|insane|prohibitive|crazy|ridiculous|too (high|much)|huge|enormous)\w*")),
    ("baseline", "plateau", STATED, _rx(
        # "With prompting, the same essay gets different scores on different runs"
        r"\b(the same|an identical|identical) ([\w-]+ ){0,2}(gets?|got|receives?|received|comes? out with|can get) (different|inconsistent|varying|other) ([\w-]+ ){0,2}(scores?|grades?|labels?|answers?|results?|outputs?|ratings?|codes?|categor(y|ies))\b",
        r"\b(fixes|catches|gets|handles|corrects) (some|most|many|a lot of) ([\w-]+ )?(errors|mistakes|cases|issues|problems)\b[^.!?]{0,10}\bbut (also )?(introduces|adds|creates|makes|misses)\b",
        r"\b(produces|gives|writes|generates|makes) ([\w-]+ ){0,3}(that|which) (look|looks|sound|sounds|seem|seems|read|reads) ([\w-]+ ){0,2}[\w-]+,? but (often |usually |sometimes |frequently |mostly )?(don'?t|do not|doesn'?t|does not|aren'?t|are not|fail)\b",
        # "keeps using generic words instead of our terms, even with a glossary in the prompt"
        r"\bkeeps? (using|making|getting|writing|putting|dropping|ignoring|mixing)\b[^.!?]{0,60}\b(even with|despite|no matter (how|what))\b",
        r"\bgets? (us )?(to )?(about |around |roughly |~)?\d{2}(\.\d)? ?(%|bleu|f1|points)?[^.!?]{0,30}\b(we|and we) need\b[^.!?]{0,20}(\b\d{2}\b|\bhigh \d0s|\bnineties|\beighties)",
        # "Prompting gets the conventions mostly right but never 100% consistently"
        r"\b(prompt\w*|the model|gpt[\w.-]*|it) gets? ([\w-]+ ){0,3}mostly right,? but (never|not) (100%|fully|completely|entirely|always|reliably)(?!\w)",
        # "gets species-specific terms wrong, and the pathologists say it plateaus"
        r"\b(say|says|said|think|thinks|find|found|agree)\b[^.!?]{0,15}\b(it|that it|prompting|the prompt|the model) (has )?plateau(s|ed)\b",
        # "the draft was decent but the sections wandered around"
        r"\b(drafts?|outputs?|results?|answers?|summar(y|ies)|letters?)( it gave)? (was|were|is|are) (decent|ok|okay|fine|good|reasonable|not bad)\b[^.!?]{0,10}\bbut (the )?([\w-]+ ){0,2}(wander\w*|drift\w*|jump\w* around|mov\w* around|all over the place|out of order|came out in a different order)")),
    ("baseline", "partial", STATED, _rx(
        # "Our prompt is 90% there. The one recurring problem: on bereavement claims it slips into..."
        r"\b(\d{2} ?% (of the way )?there|(mostly|almost|nearly|pretty much) there)\b[^!?]{0,20}?[.;:,]?\s*(but )?(the |our )?(one|only|single|main|last|remaining)( big| main| real)?( recurring| remaining| persistent)? (problem|issue|thing|gap|snag|catch|failure|complaint|weakness)\b(?![^.!?]{0,60}\b(cost\w*|price\w*|pricing|latency|slow\w*|tokens?|bill\w*|expensive|spend)\b)",
        # "Our CV parser (an LLM prompt) works great except for the work history section"
        r"\b(works?|working|is|does|handles (it|everything)) (great|well|fine|ok|okay|nicely|perfectly|brilliantly)\b[^.!?]{0,10}\b(except|apart from|other than|save) (for )?(the |one |our |a |its )?([\w-]+ ){0,3}(sections?|parts?|fields?|bits?|steps?|pieces?|portions?|cases?|types?|categor(y|ies)|languages?|pages?)\b",
        # "tried with GPT: language ok, but format every time a bit different"
        r"\b(language|text|wording|content|tone|translation|german|english|grammar)( is| was| are| were)? (ok|okay|fine|good|decent|alright|correct),? but (the )?(format|structure|layout|sections?|order)\b[^.!?]{0,40}\b(different|inconsistent|changes?|changing|varies|vary|varying|wrong|off|breaks?|random)\b",
        r"\b(one|a single|a specific) (part|bit|section|step|piece) of (the|our) ([\w-]+ )?(work|job|task|output|process)\b[^.!?]{0,40}\b(isn'?t|is not|doesn'?t|does not|won'?t|never) (getting|get|improving|improve)\b",
        r"\b(great|good|fine|ok|okay|solid|excellent) (on|for|with) most ([\w-]+ )?[\w-]+\b[^.!?]{0,60}\bbut\b[^.!?]{0,80}\b(plateau\w*|stuck|stalled|tops out)",
        r"\b(does|gives|writes|produces|makes|gets) (us )?a (decent|good|fine|ok|okay|reasonable|usable) (first )?draft,? but\b[^.!?]{0,80}\b(different every time|inconsistent|vary|varies|wrong|off|all over the place)",
        r"\bbut the ([\w'‘’ -]{1,40}) (part|bit|section|step) is (a mess|hopeless|a disaster|useless|all over the place|the problem)\b",
        r"\bworks? (fine |well |ok |okay )?(for|on) most ([\w-]+ )?[\w-]+\b[^.!?]{0,60}\bbut\b[^.!?]{0,60}\b(miss\w*|wrong|fail\w*|break\w*|drop\w*|mangl\w*)",
        r"\b(mostly|most( of)?( it| our [\w-]+)?)\b[^.!?]{0,80}\b(fine|well|ok|okay)\b[^.!?]{0,30}[.!?;]\s+(one|a|our) (big |large |major |key |specific |particular )?(client|customer|account|category|type|kind|section|part|language|product)\b[^.!?]{0,100}\b(keeps? (mangling|breaking|failing|getting)|mangl\w*|wrong|fail\w*|struggl\w*)",
        r"\b(is|are) (fine|ok|okay|good|great) with (prompt\w*|a prompt)\b[^!?]{0,150}\b(plateau\w*|stuck)\b",
        r"\bprompt\w* (handle|handles|do|does|cover|covers) most of\b[^!?]{0,60}\b(fine|well|ok|okay)\b[.;]?\s*[^!?]{0,10}\bbut\b[^!?]{0,160}\b(wrong|fail\w*|struggl\w*|miss\w*)",
        r"\b(do|does|did) a (lovely|great|good|fine|decent|nice|brilliant|solid) job\b[^.!?]{0,60}\bbut\b[^.!?]{0,120}(\b\d{2} ?%|\bwrong|\bfail\w*|\bstruggl\w*|\bhowever (we|i|you) prompt|\bno matter how)",
        # "With a good prompt the narrative bits are great. The grading is where it falls down"
        r"\b(bits?|parts?|sections?|pieces?) (are|is) (great|fine|good|ok|okay|solid|spot on)\b[^!?]{0,60}\bis where (it|the model|prompting|things) (falls? down|struggles?|fails?|breaks?( down)?|goes wrong)\b",
        # "About two thirds were fine, the rest were either too flowery or too brisk"
        r"\b(two thirds|three quarters|half|most|the majority|\d{2}%)( of them| of the [\w-]+)? (were|was|are|came out|come out) (fine|good|ok|okay|usable|right|great)\b[^.!?]{0,10}(,|;| and| but| while)\s+the (rest|others|remainder)\b",
        # "General TV subtitles come out fine with prompts. But our sports clients ... the prompted model keeps breaking those"
        r"\b(general|regular|standard|normal|ordinary|everyday|routine|most)( [\w-]+){1,3} (come|comes|came|turn|turns) out (fine|well|good|great|ok|okay)\b[^!?]{0,40}\bbut\b[^!?]{0,160}\b(keeps? (breaking|failing|missing|ignoring|getting)|break\w*|fail\w*|can'?t (hold|follow|keep))",
        # "A careful prompt fills most of the report fine, but it gets our action codes wrong"
        r"\b(most(?! of the (time|cases))( of)?( it| the [\w-]+| our [\w-]+)?|the (rest|main|general) ?[\w-]*|everything (else|but)|all but one|the bulk( of it)?)\b[^.!?]{0,60}\b(works?|working|fine|well|good|great|ok|okay|decent|handles?|handled|does|nails)\b[^.!?]{0,50}\b(but|except|though|while|apart from)\b[^.!?]{0,90}\b(wrong|fail\w*|break\w*|stuck|plateau\w*|struggl\w*|miss\w*|mangl\w*|mess\w* up|mix\w* up|confus\w*|trips? (it|them) up|tripp\w*|isn'?t (good )?enough|can'?t|cannot|doesn'?t|won'?t|not (good|reliable|consistent|accurate) enough|inconsistent|unreliable|garbl\w*|invent\w*|hallucinat\w*|bad|poor)",
        # "Recipe writing works fine, but the nutrition label part keeps breaking"
        r"\b(works?|working|fine|well|good|great|ok|okay|decent|handles?|handled|does|nails)\b[^.!?]{0,40}\bbut (the |our |one |that )?([\w-]+ ){0,3}(part|bit|section|step|field|block|piece|sub-?task|portion)s?\b[^.!?]{0,40}\b(wrong|fail\w*|break\w*|stuck|plateau\w*|struggl\w*|miss\w*|mangl\w*|mess\w* up|mix\w* up|confus\w*|trips? (it|them) up|tripp\w*|isn'?t (good )?enough|can'?t|cannot|doesn'?t|won'?t|not (good|reliable|consistent|accurate) enough|inconsistent|unreliable|garbl\w*|invent\w*|hallucinat\w*|bad|poor)",
        r"\b(prompt\w*|it)\b[^.!?]{0,30}\b(works?|is|does) (ok|okay|fine|well|great|decent)\b[.;]\s+[^.!?]{0,100}\b(stuck|plateau\w*|keeps? (failing|breaking)|isn'?t good enough)\b",
        r"\b(step|part|stage|bit|section|field)\b[^.!?]{0,120}\b(plateau\w*|stuck (at|around|near))\b[^.!?]{0,150}[.!?;]\s+[^.!?]{0,80}\b(is|are|works?|does) (fine|ok|okay|good|great|well) with (prompt\w*|a prompt)\b",
        r"\b(fine|good|ok|okay|works?|great) (on|for|with) most\b[^.!?]{0,100}[.!?;]?\s*[^.!?]{0,60}\b(weak (spot|point|link)|falls? (down|short)|the problem is|problem area|where it (fails|struggles))\b",
        r"\b\d{2}(\.\d)?\s?%[^.!?]{0,20}\bbut\b[^.!?]{0,80}\b(are|is) (a |the )?(persistent|recurring|systematic|constant|consistent) (failure|problem|weak (spot|point)|issue)s?\b",
        r"\b(prompt\w*|it|the model)\b (handles|gets|does|nails|manages) (the |our )?([\w-]+ ){0,3}(fields?|parts?|sections?|bits?|steps?)\b (well|fine|right|ok|okay)\b[^.!?]{0,10}\bbut\b[^.!?]{0,80}\b(wrong|fail\w*|break\w*|stuck|invent\w*|hallucinat\w*|mangl\w*|miss\w*)\b",
        r"\b(is|are) (good|fine|great|ok|okay|solid|decent)[.;]\s+[^.!?]{0,80}\b(is|are) (stuck|plateau\w*|falling short|not good enough)\b",
        r"\balready (gets|handles|does|nails) ([\w-]+,? ){1,6}(right|well|fine)\b[^.!?]{0,10}\bbut\b",
        r"\b(were|was|is|are) (decent|good|fine|ok|okay|great|solid)[,;]\s+[^.!?]{0,40}\b(right|correct)\b[^.!?]{0,10}\b(maybe |about |only |roughly )?(half|two thirds|a third|\d{2} ?%)( of the time)?",
        r"\b(9\d|8[5-9])(\.\d)?\s?%( right| correct| accurate)?[.;]\s+(for|on|with|but)\b[^.!?]{0,80}\b(tops out|plateaus?|stuck|caps out|maxes out)\b",
        r"\b(handle|handles|work|works|do|does)\b[^.!?]{0,40}\b(fine|well|great)\b[^.!?]{0,10}\bbut one\b[^.!?]{0,60}\b(trip\w*|fail\w*|break\w*|wrong|stuck|struggl\w*)",
        r"\b(fine|well|good|great|quality)[;]\s+[^.!?]{0,80}\b(plateau\w*|stuck|tops out)\b",
        r"\bprompt\w*\b[^.!?]{0,20}\b(are|is|works?|handles? (it|them|that)) (fine|good|great|ok|okay|well)\b[^.!?]{0,100}[.!?]\s+(the (problem|issue|trouble|catch|weak spot) is|but)\b",
        r"\b(handle|handles|work|works|do|does)\b[^.!?]{0,60}\b(well|fine|great)\b[^.!?]{0,40}[.!?;]\s+but (for|on|with)\b[^.!?]{0,80}\b(off|wrong|fail\w*|break\w*|stuck|struggl\w*|plateau\w*)\b",
        r"\b(handles?|does|gets|answers)\b (the |most )?(common|usual|standard|simple|easy|routine|typical|general) ([\w-]+ )?(questions|cases|requests|ones|stuff|queries|work)\b (fine|well|ok|okay|great)\b[^.!?]{0,10}\bbut\b",
        r"\b(writes|gives|produces|gets)( us)? (good|great|decent|fine|nice) [\w-]+,? but (the )?([\w-]+ ){0,3}(are|is) (inconsistent|wrong|off|unreliable|broken)\b",
        r"\bprompt\w*\b[^.!?]{0,40}\b(is|are|was|were) (ok|okay|decent|fine|passable|alright),? but (applies|gets|handles|treats|mixes)\b",
        r"\b(fill|fills|handles?|gets) most ([\w-]+ )?(fields|parts|sections|items)( well| fine| right)?,? but (keeps? )?mis\w+",
        r"\b(one|a single|the last|a specific|one specific) (part|bit|section|step|field|block|piece|sub-?task|portion) (keeps|still|just|always|won'?t|doesn'?t|is|that)\b[^.!?]{0,30}\b(wrong|fail\w*|break\w*|stuck|plateau\w*|struggl\w*|miss\w*|mangl\w*|mess\w* up|mix\w* up|confus\w*|trips? (it|them) up|tripp\w*|isn'?t (good )?enough|can'?t|cannot|doesn'?t|won'?t|not (good|reliable|consistent|accurate) enough|inconsistent|unreliable|garbl\w*|invent\w*|hallucinat\w*|bad|poor)")),
    ("baseline", "good", STATED, _rx(
        r"\b(mostly|usually|generally|largely) works\b",
        r"\b(surprisingly |pretty |quite |fairly |really )?(decent|good)\b,? but (it )?(missed|misses|forgot|forgets|dropped|drops|skipped|skips) ([\w-]+ ){0,4}(sometimes|occasionally|now and then|once or twice)\b",
        r"\balready (translates|writes|drafts|summari[sz]es|replies|answers|tags|classifies) ([\w-]+ )?(well|fine|nicely|great)\b",
        r"\b(is|are|was|were|'re|'s) (okay|ok|fine|decent|good|alright),? but (just |only )?(sound|sounds|read|reads|feel|feels|come across) (a bit|a little|slightly|somewhat|rather) (generic|bland|stiff|robotic|formal|samey|flat)\b",
        r"\balready (does|works|handles|performs|gets|produces|is (good|great|fine|decent))\b",
        r"\b(fine[- ]?tun\w*|train\w*)\b[^.!?]{0,60}\b(did|was|were|came out|performed|scored) worse than\b[^.!?]{0,30}\b(prompt\w*|few[- ]shot|just putting|the base model)",
        r"\b(is|are|'s) already (good|great|fine|decent|solid|ok|okay|acceptable)\b",
        r"\b(is|are|was|were|'s) (fine|ok|okay|decent|good), (just|only) (a (bit|little) )?[\w-]+\b",
        r"\b(gave|gives|produced|produces|returned|returns|giving|writes|wrote|makes|made) (us )?(an? )?(really |pretty |quite |very )?(good|great|decent|solid|usable|excellent|nice) (first )?(drafts?|results?|outputs?|answers?|summar(y|ies)|copy|text|repl(y|ies)|translations?|descriptions?|notes|posts?|emails?|labels)\b(?![^.!?]{0,10}\b(but|except|though)\b)",
        r"\b(decent|good|fine|solid|not bad|pretty good)\b[^.!?]{0,30}\bbut (i|we) (only )?(had|have|needed|need) to (correct|fix|tweak|change|edit|adjust) (the|a|one|an) [\w-]+",
        r"\bworks (well|fine|great|nicely)( already| out of the box)?\b", r"\b(does|works|performs|did) (reasonably|pretty|fairly|quite|really) well\b",
        r"\b(base|off[- ]the[- ]shelf|stock) model (is|does|works)( already)? (good|fine|well|great|decent)\b",
        r"\b(good|great) enough already\b", r"\bdoes (the|our) (task|job) well\b", r"\bgets? (fairly|pretty|quite|very|really) close\b",
        r"\bjust need (it )?to (follow|use|output|match|stick to)\b",
        r"\b(it|chatgpt|gpt[\w.-]*|claude|the (base )?model|the output|the results?|the drafts?)\b (was|is|'s|were|are|came out|does|did) (actually |honestly |surprisingly |already )?(pretty |quite |fairly |really |very )?(decent|good|solid|great|fine|impressive|usable)\b(?! enough\b)(?!,? but\b)",
        r"\b\d{2} ?% (of the way )?there\b|\b(mostly|almost|nearly|pretty much) there\b",
        r"\bjust (want|need) (it )?(to be )?(a (bit|little|touch) )?(shorter|longer|simpler|more \w+|less \w+|tighter|friendlier)\b")),
    ("baseline", "plateau", STATED, _rx(
        # "Tried a local open model with a prompt; it under-triages too many urgent cases"
        r"\b(under|over|mis)-?(triag\w*|classif\w*|label\w*|rout\w*|flag\w*|cod(es|ing)|diagnos\w*|grad\w*|scor\w*|categori[sz]\w*)\b[^.!?]{0,30}\btoo (many|often|much)\b",
        r"\b(it|the model|prompt\w*|gpt[\w.-]*|the (base|open|local) model) (still )?(makes|gets|gives|produces|has) too many (errors|mistakes|misses|false (positives|negatives)|wrong [\w-]+)\b",
        r"\b(auditors|reviewers|editors|qa|compliance|checkers) flagged (about |around )?(1|one) in (\d+|ten|five|eight|six)\b",
        r"\b(rewrote|rewrite|rewrites|redid|redo|redoes|edited|re-?edited) most of them\b",
        r"\b(doesn'?t|doesnt|does not|can'?t|cannot) capture (the|our|their|its) ([\w-]+ ){0,2}(dialect|voice|tone|style|register|jargon|terminology)\b",
        r"\bgave (a |us )?generic ([\w-]+ )?(voice|tone|style|answers|text|copy|replies|advice)\b",
        r"\b(decent|ok|okay|fine|good)\b,? but (the )?(reviewers|editors|translators|users|customers|staff|experts|linguists|teachers|clinicians) (said|say|found|complain\w*)\b",
        r"\bgets? (pretty |quite |really )?close,? but (it )?never (quite )?(sounds?|reads?|feels?|gets?)\b",
        r"\bgot (it )?(to|up to) (about |around |roughly |~)?[5-8]\d(\.\d)? ?%",
        r"\b(catches|gets|fixes|finds|spots) (maybe |about |only |roughly |around )?(half|two thirds|a third|three quarters|[4-8]\d ?%)( of (them|the [\w-]+|errors|mistakes))?\b",
        r"\b(which|that) prompting (doesn'?t|does not|can'?t|cannot|won'?t) (manage|do|get|handle|achieve)\b",
        r"\bgets? (maybe |about |only |roughly |around )?[1-7] (out of|in) 10\b",
        r"\bno matter how (i|we|you) prompt\b",
        r"\b(zero[- ]shot|few[- ]shot|prompting|prompts?)\b[^.!?]{0,30}\b(both |all |still )?(make|makes|made) (lots of|many|a lot of|too many|loads of|plenty of) (mistakes|errors)\b",
        r"\bkeeps? ['‘]?[\w-]+['’]? ([\w-]+ ){0,2}(wrongly|incorrectly)\b",
        # "a local model with a long prompt did about 85% of the formatting correctly"
        r"\b(did|got|gets|does|managed|handled|handles) (about |around |roughly |only |~)?[5-8]\d(\.\d)? ?% (of (the |our )?([\w-]+ )?[\w-]+ )?(right|correct(ly)?|accurate(ly)?|properly)\b",
        r"\bplateau\w*\b", r"\bhit a (wall|ceiling)\b", r"\bstuck at\b",
        r"\b(reject|send back|bounce|throw out|redo)\w*\b[^.!?]{0,10}\b(about |around |roughly |nearly |almost )?(a third|a quarter|half|\d{2} ?%)\b",
        r"\b(helped|improved( it| things)?)( only)? (a bit|a little|somewhat|slightly|marginally),? (but )?not (nearly )?enough\b|\b(fixed|caught|found|got) (only )?(about |around |roughly )?half (of )?the (errors|mistakes|issues|cases)\b",
        r"\b(the model|it|prompt\w*|gpt[\w.-]*)\b[^.!?]{0,60}\b(varies|reorders|drifts|changes|ignores|breaks|drops|mixes up|swaps)\b[^.!?]{0,80}\b(unacceptable|not acceptable|deal[- ]?breaker|can'?t (accept|have|ship|use))\b",
        r"\b(writes|gives|produces|returns|generates)( us)? (ok|okay|decent|fine|passable|reasonable) ([\w-]+ )?(replies|answers|drafts|text|copy|results|outputs|emails|summaries),? but\b",
        r"\b(results?|outputs?|answers|drafts|it)( are| is|'s| were| was) (mostly |usually )?(ok|okay|decent|fine|alright|passable|usable)\w*,? but\b",
        r"\btried (careful |extensive |a lot of |lots of )?(prompt\w*|few[- ]shot|chain[- ]of[- ]thought|examples)\b",
        r"\bprompt\w* (isn'?t|is not|wasn'?t|was not|aren'?t|are not) (enough|good enough|sufficient|cutting it|working)\b",
        r"\b(isn'?t|is not|wasn'?t|not) (good|accurate|consistent|reliable) enough\b",
        r"\bstill (make|get|hallucinat|produce|break|miss|mess|fail|leak|mangl|garbl|ignor)\w*\b", r"\bkeeps? (making mistakes|getting it wrong)\b",
        r"\b(results|outputs?|corrections|answers|replies|labels|scores|translations|summaries|drafts|wording|layout|formatting|format|tone|style|phrasing|structure) (are|were|was|is) (all )?(inconsistent|poor|bad|unreliable)\b",
        r"\b(prompt\w*|few[- ]shot|zero[- ]shot)\b[^.!?]{0,60}\b\d+(\.\d+)?\s?%[^.!?]{0,40}\b(need|needs|want|require|target)\b",
        r"\bprompt\w*( model| llm| version| setup| with [\w-]+( [\w-]+)?)? (gives?|produces?|returns?|yields?|gets?) (us )?(generic|bland|poor|inconsistent|mediocre|wrong|flat)\b",
        r"\b(all |they all |all of them )?(sound|read|look)s? (alike|samey|identical|the same)\b(?! (every|each) (time|day))",
        r"\b(breaks?|fails?|misses|ignores?|violates?|gets? (it |them )?wrong)\b[^.!?]{0,40}\b(one|1|two|2) (time |times )?(in|out of) (\w+)\b",
        r"\b(few[- ]shot|zero[- ]shot|prompt\w*|base model|the model|gpt[\w.-]*|claude|llama)\b[^.!?]{0,40}\b(is|are|was|were|seems?|looks?|feels?|gives?|got|gets) (\w+ )?(meh|mediocre|poor|bad|not great|underwhelming|so-so|weak|disappointing|inconsistent|hit[- ]or[- ]miss|unreliable)\b",
        r"\b(still|even then|even so) (can'?t|cannot|doesn'?t|does not|won'?t|fails? to|misses|gets? (it )?wrong)\b",
        r"\b(can'?t|cannot|couldn'?t) get (the model|it|gpt[\w.-]*|the llm) to\b",
        r"\beven with\b[^.!?]{0,60}\b(prompt\w*|examples|docs|instructions|few[- ]shot)\b[^.!?]{0,60}\b(still|keeps?|doesn'?t|does not|fails?|ignores?|can'?t)\b",
        r"\bkeeps? (writing|producing|using|generating|ignoring|making up|drifting|breaking|leaking|failing|missing|forgetting|slipping|giving away)\b",
        r"\b(break\w*|fail\w*|miss\w*|wrong|violat\w*|ignor\w*|drift\w*|leak\w*|slip\w*)\b[^.!?]{0,30}?\b\d+(\.\d+)? ?% of (the )?(time|outputs|cases|responses|answers|convos|conversations|chats|calls|tickets|replies|messages|documents|runs)\b",
        r"\b(base|off[- ]the[- ]shelf|stock|general|existing|open|current|frontier) (models?|llms?)\b[^.!?]{0,40}\b(badly|poorly|terribly|not well|struggle\w*|mediocre|weak)\b",
        r"\b(half|most|much|a (lot|third|quarter|fifth|tenth))( of)? the time\b",
        r"\b\d+(\.\d+)? ?% of (the )?(responses|outputs|answers|replies|drafts|messages|generations|documents|runs) (break|fail|miss|violate|ignore|drift|are wrong)\w*",
        r"\b(one|1|two|2|three|3) (in|out of) (\w+) ([\w-]+ )?(breaks?|fails?|miss(es)?|is wrong|are wrong|gets? (it )?wrong|violates?|ignores?|drifts?)\b",
        r"\bfrom (bad|poor|terrible|awful) to (mediocre|ok(ay)?|meh|so-so|passable|decent-ish)\b",
        r"\b(tone|voice|style)\b[^.!?]{0,10}\b(wanders|drifts|slips|varies)\b",
        r"\b(prompt\w*|few[- ]shot|the model|open models?|base models?|(off[- ]the[- ]shelf|stock|generic|general|frontier|hosted) (models?|llms?)|gpt[\w.-]*)\b[^.!?]{0,50}\b(wrong|inconsistent\w*|confus\w*|mix(es)? up|misreads?|misread)\b",
        r"\b(needs?|requires?|needing|requiring) (heavy|a lot of|lots of|major|constant|substantial|extensive|serious) (editing|rework|rewriting|fixing|clean-?up|correction)\b",
        r"\b(don'?t|doesn'?t|do not|does not|never) (quite )?match (how|what|the way) (our|the|we)\b", r"\beven with (\w+ ){0,2}(examples|few[- ]shot|instructions|docs?|manuals?|references?|specs?|guides?|a (long|detailed|huge) prompt)\b",
        r"\b(tone|voice|style|format|formatting|outputs?|answers|replies|responses|quality|results)\b[^.!?]{0,15}\b(is|are|was|were|goes|go|feels?|seems?) (still )?(all over the place|erratic|unpredictable|random|inconsistent|off-brand|wildly different|never the same)\b",
        r"\b(disagrees?|differs?) (with [\w ]{0,20} )?(about |roughly |around )?\d+ ?% of the time\b",
        r"\b(does|do|is|are|works|was|were|did|it'?s|gets) (ok|okay|alright|fine|decent|reasonable)( enough)?\b[^.!?]{0,40}\b(but|except|though)\b[^.!?]{0,15}\b(it |they )?(misses|miss|fails?|varies|vary|struggles?|gets? (some|many|a lot)|breaks?|drifts?|wanders|starts?|opens?|repeats?|sounds?|ignores?|too \w+|flowery|wordy|verbose|generic|bland|stiff|robotic|long-winded|clunky|formulaic|repetitive)\b",
        r"\b(phrasing|wording|tone|voice|style|format|formatting)\b[^.!?]{0,10}\b(varies|vary|differs|differ|changes) (a lot|wildly|too much|all the time|from \w+ to \w+)\b",
        r"\b(output|outputs|it|translations?|replies|answers|drafts?|text|results?|content|attempts?|versions?|tries)\b[^.!?]{0,15}\b(reads?|sounds?|sounded|comes? out|came out|feels?|felt) (\w+ ){0,2}(stilted|robotic|awkward|unnatural|clunky|wooden|generic|bland|canned|flat|nothing like)\b",
        r"\b(it|model|prompt\w*|gpt[\w.-]*|llm|output)\b[^.!?]{0,30}\b(mistranslat\w*|misclassif\w*|mislabel\w*|fumbl\w*|botch\w*|mangl\w*|garbl\w*|scrambl\w*|mess(es|ed|ing)? up)\b",
        r"\b(prompt\w*|it|model|outputs?|format|formatting|tone|style|voice|structure)\b[^.!?]{0,40}\b(drifts?|drifted|drifting)\b",
        r"\b(looks?|sounds?|seems?|reads?) (right|plausible|good|fine|convincing),? but (about |roughly |maybe )?(a third|half|a quarter|some|many|most|\d+ ?%)\b",
        r"\bbreaks? the (vocabulary|format|terminology|word order|style|template|schema|structure)\b",
        r"\b(slips?|slipping|falls?|falling|drops?|dropping|breaks?|breaking|goes|going|drifts?|drifting) out of character\b",
        r"\binvents? ([\w-]+ ){1,2}(constantly|all the time|often|regularly)\b|\b(reject\w*|throw\w* out|discard\w*) (around |about |roughly |some |over )?\d+ ?%",
        r"\bonly (produced|produces|got|gets|managed|worked|works|gave|gives)\b[^.!?]{0,30}\b\d+ ?% of the time\b",
        r"\b(summaries|outputs?|drafts?|answers|replies|descriptions|wording|text|phrasing)\b[^.!?]{0,10}\b(wander|wanders|drift|drifts)\b|\b(tone|voice|style|register)\b (is|'s|was|are) (too|way too|far too|a bit too) \w+",
        r"\b(don'?t|doesn'?t|do not|does not|never|won'?t) (follow|stick to|respect|match|keep to) (our|the) ([\w-]+ ){0,2}(template|format|structure|schema|style guide|layout)\b",
        r"\b(passes|passed|valid|validates|correct|right)\b[^.!?]{0,30}\b([1-8]\d|9[0-4])(\.\d+)? ?% of the time\b",
        r"\b(format|formatting|layout|structure|tone|style|wording)\b (varies|drifts|wanders|is inconsistent)\b(?! (by|with|per|from|depending|between|across)\b)", r"(?<!just )(?<!only )\bsometimes (drops|misses|forgets|skips|omits|invents|leaves out|mangles)\b",
        r"\b(prompt\w*( approach| setup| version)?|model|it|llm|gpt[\w.-]*|outputs?|drafts?|bot|assistant) (still )?keeps? [a-z]+ing\b(?! (well|fine|up|on track))",
        r"\b(end up|ends up|have to|has to|must|spend (hours|ages|time)) (re-?writ\w*|redo\w*|fix\w*|correct\w*|edit\w*) (most|all|half|many|much|a lot) of (them|it|the (drafts|outputs|results))\b",
        r"\b(prompted|generated|ai|llm|model|gpt)[\w-]* (drafts?|outputs?|texts?|replies|copy|summaries|translations?) (read|reads|sound|sounds|come out|feel) ['\"‘“]",
        r"\bkept (over-?\w+|writing|producing|using|adding|saying|ignoring|making up|drifting|breaking|missing|forgetting)\b",
        r"\b(doesn'?t|does not|didn'?t|can'?t|cannot|won'?t) (really )?(get|understand|handle|know|grasp|parse) ([\w-]+ ){0,2}(slang|jargon|terminology|abbreviations|acronyms|dialects?|lingo|shorthand)\b",
        )),
    ("baseline", "untried", STATED, _rx(
        r"\b(haven'?t|have not|didn'?t|did not) (tried|tested|started|used)\b", r"\bnot (tried|tested) (it |anything )?yet\b",
        r"\bnothing yet\b")),
    # ---- freshness ---------------------------------------------------------------------
    ("freshness", "static", STATED, _rx(
        r"\b(don'?t|dont|do not|doesn'?t|doesnt) need (it |the model )?to know (the |about the )?(old|past|previous|earlier|archived) (ones|minutes|notes|documents|stuff|reports|files)\b",
        r"\b(changes|updates|grows) (only )?a (little|bit),? (but )?nothing else\b",
        r"\b(nothing|none of it) (needs|has to be|must be) (cit\w*|sourced|referenced)\b|\b(doesn'?t|does not|don'?t) need (citing|sourcing|referencing)\b",
        r"\bno need for (any )?(citations?|sources|references)\b",
        r"\b(the )?knowledge (doesn'?t|does not|won'?t|never) (really )?change\b",
        r"\b(nothing|none of it|no part of it) (that |which )?(changes|is changing|gets updated|moves|goes stale)\b",
        r"\bno (citations?|sources|references|links) (are )?(needed|required|necessary)\b|\b(citations?|sources|references) (are |is )?not (needed|required|necessary)\b",
        r"\bthe ([\w-]+ ){0,2}(report|record|transcript|ticket|email|document|listing|form|text) is the input\b",
        r"\b(doesn'?t|does not|don'?t|won'?t) need (any )?(outside|external|extra|other|additional|real-world|live|current|up[- ]to[- ]date|real[- ]time|fresh|latest) (facts|knowledge|info\w*|data|sources|documents|docs|lookups?)\b",
        r"\beverything (it|the model|they) needs? (is|'s) in the\b|\b(never|doesn'?t|does not|won'?t) (has|have|needs?) to look (anything|things|stuff) up\b|\bnot (current|live|up[- ]to[- ]date|recent) (facts|news|info\w*|data)\b",
        r"\b(it'?s|it is|everything('?s| is)) (all )?in the (resume|record|complaint record|article( text)?|text|input|document|message|email|ticket|listing|transcript|form|request|prompt)\b",
        r"\b(no need to cite|don'?t need (to cite|sources|citations)|doesn'?t need (to cite|sources|citations)|knowledge (is )?(stable|static)|no (special|private|proprietary) (knowledge|documents|data))\b",
        r"\b(no|there'?s no|there is no|theres no|without an?|don'?t have an?|we have no) (big |large |real |internal |special )?(knowledge ?base|kb|document(ation)?s?|corpus|docs)( behind| to draw on)?\b")),
    ("freshness", "changing", STATED, _rx(
        r"\b(outages|closures|delays|cancellations|disruptions) (update|change|are updated|get updated)\b[^.!?]{0,10}\b(every|hourly|daily|constantly)\b",
        r"\b(notices|bulletins|circulars|rulings|updates|guidance|alerts) (that |which )?(come|comes) out (during|through|over|every|each|all)\b",
        r"\bthis year'?s (rules|regulations|guidance|notices|tax rules|thresholds|limits|rates|allowances)\b",
        r"\bup[- ]to[- ]date (answers|replies|advice)\b",
        r"\b(go|goes|come|comes) (on and off|in and out|up and down)\b[^.!?]{0,10}\b(daily|weekly|every day|all the time|constantly)\b",
        r"\b(half|most|some|much|a lot|parts?) of (that|this|it)\b (changes|updates|shifts) (each|every)\b|\b(come and go|comes and goes)\b",
        r"\bevents? (list|calendar|page|listings?)\b[^.!?]{0,10}\b(changes|is updated|gets updated)\b",
        r"\bkeeps? suggesting (removed|deprecated|old|outdated|non-existent|retired)\b",
        r"\b(get|gets|receive|receives)( sent)? new ([\w-]+ )?(pdfs|documents|docs|manuals|sheets|labels|versions|editions|price lists|catalog(ue)?s?|datasheets)\b[^.!?]{0,30}\b(every|each)\b",
        r"\b(this|that|it|everything|all of (it|this|that))\b (all )?(changes|updates|moves|shifts) (literally |basically |pretty much )?(every (hour|day|morning|evening|night|few minutes|minute)|hourly|daily|by the (minute|hour))\b",
        r"\b(it'?s|it is|they'?re|they are|which is|that is|these are|and it'?s) (updated|revised|changed|refreshed|rewritten) (before|after|for) (each|every)\b",
        r"(?<!summarise )(?<!summarize )(?<!summarising )(?<!summarizing )(?<!rewrite )(?<!rewriting )\b(overnight|yesterday'?s|this morning'?s|today'?s|last night'?s|latest) ([\w-]+ ){0,2}(observations|readings|field notes|pits|measurements|sightings|inspections|soundings)\b",
        r"\bdepends? on the (latest|overnight|current|live|daily|morning'?s?)\b",
        r"\b(all of (that|this|it)|all|that|this|it|they|which|these|those|" + _KNOWLEDGE_NOUNS + r")\b (shifts?|changes?|varies|vary|moves?) (from )?(season to season|week to week|day to day|month to month|hour to hour|minute to minute|hour by hour|by the hour)\b",
        r"\b(logs?|records?|entries|notes|readings|results|reports)\b[^.!?]{0,20}\b(are |is |get |gets )?(written|logged|entered|recorded|filed|added)\b[^.!?]{0,10}\b((every|each) (shift|day|hour|morning|night|evening|week)|weekly|daily|hourly|nightly)\b",
        r"\b(amend\w*|chang\w*|updat\w*|revis\w*|alter\w*|edit\w*)\b[^.!?]{0,40}\bwithout (much |any |a lot of |prior |advance )?(warning|notice)\b",
        r"\bpost\w* (updates|notices|changes|bulletins|news|alerts)\b[^.!?]{0,40}\b(times (a|per) (day|week)|daily|hourly|every (day|hour|morning))\b",
        r"\b(" + _KNOWLEDGE_NOUNS + r"|lists?)\b[^.!?]{0,20}\b(is|are|gets?) (re-?exported|exported|regenerated|rebuilt|republished)\b[^.!?]{0,20}\b(every|each|daily|nightly|hourly|weekly)\b",
        r"\b(" + _KNOWLEDGE_NOUNS + r")\b(?:[^.!?,;()]|[,(]\s?(?=which|that|they|these|those|both|all\b|each|it\b|and (they|it|these|those)\b|amended|revised|updated|changed|refreshed|edited|reissued|republished)){0,40}\b(chang\w*|updat\w*|evolv\w*|refresh\w*|revis\w*|amend\w*|renegotiat\w*|edit\w*|swap\w*|replac\w*|rotat\w*|shift\w*|grow\w*|publish\w*|issu\w*|releas\w*|post\w*|rebalanc\w*|repric\w*|reset\w*|mov(e|es|ing)|fluctuat\w*|gain\w*|come out(?! (different|differently|wrong|inconsistent))|comes out(?! (different|differently|wrong|inconsistent))|added|new)\b[^.!?]{0,20}\b(every|each|weekly|daily|monthly|hourly|nightly|overnight|intraday|often|frequently|constantly|regularly|all the time|continuously|again|whenever|by (the )?season|seasonal(ly)?|(a few|several|many|a couple of|\d+|two|three|four|five|six)( or (\d+|three|four|five|six))? times (a|per) (year|month|week|quarter|day|hour)|(last|next|this) (week|month|quarter|year)|by the (minute|hour|day)|literally every|right up to the (day|last minute|wire)|(up )?until the last minute|up to the last minute)\b",
        r"\btweak\w* (the |our |their |its )?(recipes|menus?|prices?|pricing|lineup|stock|inventory|schedules?|timetables?|rates|offers?)\b[^.!?]{0,25}\b(every|each|daily|weekly)\b",
        r"\b(updat\w*|chang\w*|revis\w*|amend\w*|edit\w*|refresh\w*|add\w* to|publish\w*|issu\w*|releas\w*)\b (the |our |their |its )?([\w-]+ ){0,2}(" + _FACT_NOUNS + r"|protocols|procedures|guidelines|sops|handbooks?|records|entries|sheets|data sheets)\b[^.!?]{0,25}\b(every|each|weekly|daily|monthly|hourly|overnight|nightly|often|frequently|constantly|regularly|all the time|continuously|(a few|several|many|\d+) times (a|per) (year|month|week|quarter|day))\b",
        r"\b(" + _KNOWLEDGE_NOUNS + r"|dates|conditions|casts|line-?ups|fixtures)\b,[^.!?]{0,60}\b(and|&) [\w -]{0,30}?\b(change|changes|get updated|are updated|move|shift)\b[^.!?]{0,10}\b(weekly|daily|hourly|every|often|constantly|all the time)\b",
        r"\b(which|that|they) (change|changes|get updated|move|shift)\b(?! (them|it|those|these|their)\b)[^.!?]{0,40}\b(on the day|same[- ]day|at short notice|last[- ]minute|without notice|all the time|constantly)\b",
        r"\b(those|these|they|which|that) (update|updates|change|changes|get updated|are updated|get revised)\b[^.!?]{0,10}\b(several|many|a few|multiple|two|three|\d+) times (a|per|each) (day|hour|week)\b",
        r"\b(exact |the )?(current|latest|up-to-date) ([\w-]+ )?(figures?|numbers?|values?|version|dates?|rules|quotas?|limits?|prices?|rates|status|availability|stock|levels?|standings|odds|fares?)\b",
        r"\b(send|issue|publish|push|reissue)\w* (us )?(updated|new|revised|fresh) ([\w-]+ ){0,2}(packs|specs|sheets|versions|documents|docs|manuals|lists|schedules|circulars|guidance|files)\b[^.!?]{0,30}\b(every|each|weekly|monthly|often|regularly|whenever)\b",
        r"\b(reissu\w*|revis\w*|updat\w*|republish\w*|amend\w*|renew\w*) (them|it|these|those)\b[^.!?]{0,10}\b(whenever|every|each|regularly|often|constantly|annually|yearly)\b",
        r"\b(is|are|get|gets) (reissued|republished|revised|updated|renewed|rewritten)\b[^.!?]{0,10}\b(every|each) ([\w-]+ )?(year|season|month|quarter|week|term|cycle)\b",
        r"\b(cancel\w*|delay\w*|chang\w*|reschedul\w*|clos\w*)\b[^.!?]{0,40}\b(with )?(maybe |only |just |about |barely )?(an hour'?s?|a day'?s?|minutes'?|short|little|no) notice\b",
        r"\b(timetables?|schedules?|prices?|fares?|menus?|opening hours)\b[^.!?]{0,10}\b(flips?|switch(es)?|changes?|alternates?) between (summer|winter|seasons|peak|high)\b",
        r"\b(" + _KNOWLEDGE_NOUNS + r"|circulars)\b[^.!?]{0,30}\b(change|changes|are updated|get updated|are revised|are reissued)\b (most|many) (weeks|days|months)\b",
        r"\b(go|goes|going|get|gets|getting) (stale|out of date|outdated)\b",
        r"\b(change|changes|update|updates)\s+(all (morning|day|night|afternoon)|by the minute|minutes before)\b",
        r"\b(renewed|revised|updated|amended|reissued) on a rolling basis\b",
        r"\b(new ones|amendments?)\b[^.!?]{0,30}\b(signed|added|issued|arrive|come in)\b[^.!?]{0,10}\b(every|each|weekly|monthly)\b",
        r"\bnew ([\w-]+ )?(catalog(ue)? entries|entries|listings|exhibits|products|items|bulletins|notices) (each|every) (time|week|month|season|rotation)\b",
        r"\bnew ([\w-]+ )?(episodes|articles|posts|issues|videos|reports|papers|decisions|rulings|bulletins) (drop|come out|are published|get published|go up|land|appear)\b[^.!?]{0,20}\b(every|each|daily|weekly)\b",
        # "prices sync from the reservation system every few minutes", "stock gets reloaded at 5am every day"
        r"\b(" + _KNOWLEDGE_NOUNS + r")\b[^.!?]{0,20}\b(sync|syncs|reload|reloads|refresh|refreshes|(get|gets|are|is) (re)?(loaded|synced|imported|pulled|refreshed|pushed))\b[^.!?]{0,40}\b(every|each|daily|nightly|hourly|weekly)\b",
        r"\b(promos?|promotions?|offers?|deals|prices?|specials)\b (flip|change|rotate|switch)\w* (on|every) (mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends?|week|day|morning)\b",
        r"\b(edit|updat|chang|revis)\w* (the |our )?([\w-]+ )?(calendars?|events? (list|page|calendar)|rotas?)\b[^.!?]{0,30}\b(every|each|daily|weekly|constantly|all the time)\b",
        r"\b(puts? out|issues?|publishes?|sends? out|releases?|push(es)?)\b (new |fresh |updated )?([\w-]+ ){0,2}(notices?|circulars?|bulletins?|updates|advisories|guidance|rules|regulations)\b[^.!?]{0,30}\b(weekly|daily|monthly|every|each|twice|often|regularly|constantly)\w*",
        r"\b(answers|questions)\b[^.!?]{0,20}\b(are )?about (the )?(" + _KNOWLEDGE_NOUNS + r")\b[^.!?]{0,80}\b(those|these|they|which) (change|changes|move|shift)\b",
        r"\breflect\w* (the )?(latest|current|today'?s|live|breaking|new)? ?([\w-]+ ){0,2}(news|changes|updates|developments|announcements|stock|availability|prices)\b",
        r"\b(sends?|issues?|publishes?|puts? out|releases?) (out )?(a )?new (circulars?|regulations?|rules|guidance|directives?|bulletins?|notices?|price lists?|catalog(ue)?s?|recipes?|menus?)\b",
        r"\b(" + _KNOWLEDGE_NOUNS + r")\b[^.!?]{0,20}\bturns? over\b|\b(products?|items?|skus?|lines|approvals?|labels|listings) (get|gets|are|is|being) (withdrawn|discontinued|recalled|delisted|pulled)\b",
        # "announced by notice, sometimes 3-4 a week"
        r"\b(announced|issued|published|posted|put out|released|go out|goes out|sent out)\b[^.!?]{0,30}\b((sometimes |about |around |maybe )?\d+(-\d+)? (a|per) (week|day|month)|every (day|week|month)|weekly|daily|several times a (week|month))\b",
        # "new entries go in every week", "curators update them every day", "changes literally every hour"
        r"\b(new (entries|records|items|specimens|rows|notices|cases|listings|incidents|reports|tickets) (go|get|are) (in|added|logged|entered)|(update|updates|updating|revise|revises|edit|edits) (them|it|those|these|the records|entries))\b[^.!?]{0,20}\b(every|each|daily|weekly|hourly|all the time|constantly)\b",
        r"\b(this|that|it|everything|all of (it|this|that))\b (changes|updates|moves|shifts) (literally |basically |pretty much )?(every (hour|day|few minutes|minute)|hourly|by the (minute|hour))\b",
        r"\b(has|have|exposes?|offers?) (an? )?(apis?|live feeds?|endpoints?) (for|with|to)\b",
        r"\b(" + _KNOWLEDGE_NOUNS + r"|laws|statutes|regulations|codes|sheets)\b[^.!?]{0,25}\b(get|gets|are|is|keep|keeps|keep getting|keeps getting) (regularly |often |frequently |constantly |periodically )?(updated|revised|amended|changed|changing|growing|superseded|replaced)\b",
        r"\b(training|knowledge) cut-?off\b",
        # "half the answers refer to systems we've since replaced"
        r"\b(refer|refers|point|points|mention|mentions|describe|describes)\b[^.!?]{0,40}\b(since|now|already) (been )?(replaced|retired|deprecated|discontinued|superseded|sunset\w*|decommissioned|removed)\b",
        r"\b(chang\w*|replac\w*|swap\w*|switch\w*|migrat\w*)\b (its |our |their |the )?(tooling|tools|systems|software|stack|vendors|platforms?)\b[^.!?]{0,20}\b(every|each|weekly|monthly|often|frequently|constantly|regularly|all the time)\b",
        r"\b(we )?(release|ship|deploy)\w* (new (versions|features|releases|builds) )?(every|each) (week|day|sprint|two weeks)\b",
        r"\b(new|more) (ones|documents|docs|articles|decisions|cases|filings|pages|entries|records|papers|reports|posts|tables|columns|products|models|items|precedents|rulings|judg(e)?ments|opinions|laws|regulations|circulars|notices|bulletins|versions|editions) (are |get |being )?(added|published|uploaded|released|created|coming in|land\w*|arriv\w*|come out|appear\w*|issued|handed down|show up)\b",
        r"\b(add|adds|adding|publish\w*|upload\w*|creat\w*|launch\w*|introduc\w*) (new|more) (documents|docs|articles|pages|entries|records|tables|columns|products|items|skus|listings|courses|titles|apis|endpoints)\b",
        r"\bchange the (numbers|stats|facts|details|prices|figures|data)\b", r"\bknows? (about )?(the )?(current|latest|up[- ]to[- ]date)\b",
        r"\b(latest|current|live|up[- ]to[- ]date|real[- ]time)\b[^.!?]{0,40}\bfrom (the|our) (ehr|emr|crm|erp|database|db|system|api|feed|wire)\b",
        r"\b(newly|recently) (added|published|released|created|introduced) [\w/ ]{0,20}\b(tables|columns|products|items|docs|documents|articles|features|policies|rules)\b",
        r"\b(this week|today|this month|yesterday|last week|last night)'?s? (\w+ ){0,2}(weather|bulletins?|forecasts?|news|prices|rates|alerts|advisories|reports|data|scores|results|events|schedules?|menus?|deals|announcements|pressure|conditions|numbers|figures|offers?|promotions?|specials|status|feeds?|availability|maps?|boards?)\b",
        r"\bwhat (happened|was announced|changed|is new|'?s new)\b[^.!?]{0,40}\b(this|last|today|yesterday|recently)\b", r"\b(industry|market|regulation|regulatory|company|latest|breaking) news\b", r"\bafter (the|its|the model'?s) (training )?cut-?off\b",
        r"\b(old|outdated|stale|out[- ]of[- ]date|obsolete|superseded|last year'?s) (\w+ )?(polic(y|ies)|prices?|pricing|info\w*|docs|documentation|answers|versions?|rules|terms|figures|numbers)\b(?![- ]based)",
        r"\b(up[- ]to[- ]date|latest|real[- ]time|fresh|current|live) ([\w/-]+ )?(boards?|traffic|positions|schedules|prices|information|info|data|news|docs|documentation|inventory|facts|knowledge|regulations|status|availability|timetables?|departures|figures|numbers|rates|feeds?|market data)\b",
        r"\b(from|off|via) (the |a |our )?(live|real[- ]time|today'?s|daily|market|price|data) ([\w-]+ )?(feeds?|apis?|ticker)\b",
        r"\b(that|this|all that|all this|those|these) (stuff|info|information|details|facts)\b[^.!?]{0,20}\b(chang\w*|updat\w*)\b[^.!?]{0,15}\b(often|frequently|constantly|all the time|a lot|regularly|every|weekly|daily|monthly)\b",
        r"\bchange with the seasons?\b", r"\b(changes|changed|updated|updates|resets?|revised|amended|refreshed|reissued|republished) (daily|weekly|hourly|monthly|quarterly|yearly|nightly|seasonally|by (the )?season|with the seasons?|every (day|week|hour|year|morning|night|evening|season))\b",
        r"\b(last night'?s|yesterday'?s|today'?s|live) ([\w-]+ )?(games?|scores?|results|news|prices|events|matches|data|stats|odds|positions|readings)\b",
        r"\b(?<!not )current ([\w-]+ )?(conditions|syllabus|curricul(um|a)|standings|scores|events|prices|weather|stock|rates|availability|inventory|guidelines|rules|polic(y|ies)|case law|precedents?|legislation|law|regulations|tariffs?|timetables?)\b",
        r"\b(?!new releases?\b)(?!new (routing|classification|tagging|triage|matching|business|scoring) rules\b)(latest|current|updated|new) [^.!?]{0,20}\b(amendments?|rules|guidelines|regulations|policies|research|versions?|releases?)\b",
        r"\b(ship\w*|release\w*) (a )?new (release|version|features?)\b[^.!?]{0,20}\bevery\b",
        r"\b(docs|documentation|polic(y|ies)|rules|regulations)\b[^.!?]{0,15}\b(get|gets|are|is) (updated|revised|amended|changed)\b",
        r"\b(new|weekly|daily) (releases|versions|products|articles|docs) (every|each) (week|day|month)\b")),
    ("freshness", "cite", STATED, _rx(
        r"\bneed (the )?(clause|section|article|rule|page|paragraph) (number|no\.?|reference|ref)s?\b",
        r"\b(with|and) the (exact |relevant |right )?(clause|section|rule|passage|paragraph|page|memo|record|label)s? (pulled up|shown|quoted|cited|attached)\b",
        r"\b(pointed|point|points|pointing) (me |them |us |people |users )?to the (relevant |right |exact )?(memos?|briefs?|cases?|precedents?|reports?|files?|filings?)\b",
        r"\b(memo|brief|case|report|record|filing|ticket|label|publication|bulletin)s? (is |are |be |gets? )?(cited|linked|quoted)\b",
        r"\b(which|what) ([\w-]+ ){0,2}(it|they) (got|took|pulled|found) (it|that|them|the answer) from\b",
        r"\blink (the|to the) ([\w-]+ ){0,2}(memo|brief|case|report|record|filing|ticket)s?( it came from)?\b",
        r"\bquot(e|es|ing) the ([\w-]+ )?(label|document|manual|policy|regulation|standard|statute|contract|clause)s?\b",
        r"\bwith the (article|clause|section|rule|regulation|paragraph|page) (number|no\.?|reference|ref)s?\b",
        r"\b(has|have|must|needs?) to come (straight |directly )?from the (label|source|document|manual|record|policy|text|guideline)s?\b",
        r"\bpoint\w* back (at|to) (the |a |its |their )?(actual |original |exact |specific |relevant |source )?([\w-]+ )?(report|entry|record|log|document|source|note|page|file|ticket|case|minute|letter)s?\b",
        r"\b(has to|have to|must|needs? to|should) (reference|cite|quote|name) the ([\w-]+ )?(monograph|guideline|standard|statute|regulation|law|manual|report|record|document|case|paper|study|sop|procedure)s?\b",
        r"\b(give|include|show|quote|return)s? the ([\w-]+ )?(numbers?|ids?|references?|dates?)\b[^.!?]{0,30}\bso (they|we|users|people|staff|customers|researchers|inspectors) can (check|verify|look)\b",
        r"\b(need|want)s? the ([\w-]+ )?(ids?|numbers|references|refs) in the (answer|reply|response)s?\b",
        r"\bsee the (exact |actual |original |source |underlying )?(document|source|page|section|revision|clause|record)s?\b",
        r"\b(quotes?|cites?|names?|shows?|links?) the (bulletin|source|document|report|page|notice|article|policy|record|version) (it'?s|it is|it was|they'?re|it) (using|used|relying on|relied on|based on|drawing on)\b",
        r"\bpoint (people|users|them|staff|customers|readers|visitors) to the (specific|exact|relevant|right|actual) (rule|section|clause|page|document|article|policy|source|paragraph)\b",
        r"\b(exact|specific|relevant|actual) (clause|section|rule|paragraph|passage|wording)s? (quoted|cited|shown|given)( back)?\b|\b(get|want|return|give us|send) (the|a) ([\w-]+ )?(clause|section|rule|page|passage|source|reference)s? back\b",
        r"\b(has|have|must|needs?) to (reference|cite|quote|name) the (clause|section|rule|source|paragraph|article|page|policy)\b",
        r"\b(answer|reply|response)s? with the ([\w-]+ )?(page|section|clause|source|reference|page number|title|timestamp|link)\b",
        r"\bwith the (clause|section|rule|passage|wording|source)s? (quoted|cited|shown|given)\b|\bbased on the exact (wording|version|clause|text)\b",
        r"\b(reference|cite|quote|give|show|get|return)s? the (regulation |rule |)?(rule|circular|clause|section|article|policy|regulation|document|paragraph|standard)( or [\w-]+)? (number|no\.?|id|reference)s?\b",
        r"\blink(ing|s)? (back )?to the ([\w-]+ ){0,2}(page|record|source|document|article|entry|passage|listing|product page|policy)s?\b",
        r"\bpoint\w* (back )?to (the |a )?([\w-]+ ){0,3}(and |or |\+ )(the )?(section|paragraph|page|clause|line|article|passage|rule)s?\b",
        r"\bpoint\w* (back )?to (the |a |its |their )?([\w-]+ ){0,2}(section|paragraph|page|clause|article|passage|source|document)s? (it|they|the answer) (relies|rely|came|comes|is based|draws?)\b",
        r"\b(which|what) ([\w-]+ ){0,5}(the )?(answer|it|info\w*|fact|figure|number|claim|advice)s? (came|comes|come|is|was) (from|based on)\b",
        r"\b(which|what) ([\w-]+ ){0,2}(they'?re|they are|it'?s|it is|each (one|answer|reply) is) (from|based on|drawn from|taken from)\b",
        # "need the exact page cited", "must give links", "answers with a source link"
        r"\b(page|pages|section|sections|source|sources|clause|paragraph|passage|document|article|rule)s? (number )?(is |are |be |gets? )?cited\b",
        r"\bcitations? (are |is )?(required|needed|mandatory|a must)\b",
        r"\b(cited|referenced|sourced) (properly|correctly|accurately|precisely)\b|\bproperly (cited|referenced|sourced)\b",
        # "answers with page refs", "get the clip reference back"
        r"\b(with|plus|and|including|give|get|return\w*|show\w*|cite) (the |a |their )?(page|section|clause|paragraph|source|clip|doc|document|file|case|procedure|policy|sop|rule)[- ]?(refs?|references?|citations?|numbers?|ids?)\b",
        r"\b(reference|ref|source|citation|link)s? back\b",
        r"\b(page|section|source|document|record|paragraph|notice|passage|file|manual|chapter|book|episode|issue)s? (it|they|the answer|each answer|that) (came|comes|come) from\b",
        r"\b(see|show|get|return|list|want|need)\w* (me |us |them |to see )?(the )?(records|sources|documents|evidence|specimens|entries|cases|rows) (behind|for|supporting|that support) (the |each |every )?(answer|result|claim)s?\b",
        r"\b(get|give|return)\w* (back )?(the )?([\w-]+ ){0,2}(records|specimens|items|documents|cases|entries|rows) (back )?with (their |the )?([\w-]+ )?(ids?|numbers|references|accession numbers|links)\b",
        r"\bquot(e|es|ing) the ([\w-]+ )?(number|reference|ref|id|source)\b",
        r"\b(must|has to|have to|needs? to|should|always|and) (give|provide|include|show|return|add) ([\w-]+ ){0,2}(links?|urls?|citations?|references?|sources?)\b",
        r"\b(source|reference) (links?|urls?)\b", r"\b(get|give|return|want|need|see)\w* (back )?(the )?(exact )?quotes? (plus|and|with) (the )?([\w-]+ ){0,2}(date|source|page|timestamp|reference|link)s?\b",
        r"\b(get|give|return|want|need)\w* (the |their )?([\w-]+ )?(ids?|reference numbers|accession numbers|doc(ument)? numbers) back\b",
        r"(?<!pinpoint )(?<!format )(?<!format the )\b(cite|cites|citing|must cite|(with|include|including|add|show|give|provide|plus)\s+(\w+\s+)?(citations?|references|sources)|with (their )?sources|show (the )?sources?|reference (the )?(section|source|policy|document|page)s?|traceab\w*|(?<!summarising )(?<!summarizing )(?<!describing )(?<!writing up )(?<!writing )provenance|verifiable|links? (back )?to (the )?(\w+ ){0,2}(source|section|document|page|policy|clause|rule|article|ticket|record|entry)s?|(with|plus|and|include|including) (source |the )?links|(with|plus) (the )?([\w-]+ )?(references?|citations?)\b(?! (docs?|manuals?|guides?|sheets?|material|implementation|cards?|in the prompt))|(must|has to|have to|needs? to) be quoted|quoted (word for word|verbatim)|quot(e|es|ing) (the )?([\w-]+ ){0,3}(wording|text|clauses?|language|sections?|passages?|rules?|requirements?|regulations?|articles?|paragraphs?)|(with )?a link to (the )?([\w-]+ ){0,2}(note|sheet|article|doc|page|entry|ticket|source)s?|link (the|to the) ([\w-]+ ){0,2}(article|page|doc|document|source|note|sheet)s?|(which|what) (section|clause|article|paragraph|page|rule|part of the \w+) (applies|says|it came from|they came from)|point(ed|s)? (me |them |us |people |users |students |readers )?to (the )?(exact |right |relevant )?(section|source|document|page|thesis|paper|article|file|record|clause|decision|passage|paragraph|box|folio|shelf|location)s?|quote (the )?(source|policy|section|document)s?)\b")),
    ("freshness", "proprietary", STATED, _rx(
        # "15 of the failures were the model simply not knowing things that are in our changelog"
        r"\b(not knowing|doesn'?t know|didn'?t know|does not know|did not know|unaware of|never heard of)\b[^.!?]{0,40}\b(that are |that's |which are |written |documented )?in (our|the company'?s|their) (own |internal )?"
        r"(docs?|documentation|changelogs?|change ?logs?|release notes|manuals?|wiki|knowledge ?base|kb|polic(y|ies)|handbooks?|catalog(ue)?s?|databases?|records|intranet|confluence|notion|sharepoint|help ?cent(er|re)|faqs?|specs?)\b",
        r"\b(different|several|multiple) (policy wordings|wordings|contracts|agreements|policies|manuals|handbooks)\b",
        r"\bknows? every (part number|product|price|spec|sku|detail|policy|model)\b|\bquot\w* wrong (specs|prices|numbers|figures|part numbers|rates)\b",
        r"\b(our|internal|in-house)\s+([\w~,.-]+\s+){0,2}(memos and briefs|briefs|research memos|legal memos|spec sheets|product spec sheets|datasheets)\b",
        r"\bwe have the ([\w-]+ ){0,2}(bulletins|manuals|handbooks|guides|database|datasheets|documents|docs|leaflets|label database)\b",
        r"\beach with (its|their) own ([\w-]+ ){0,2}(agreements?|contracts?|polic(y|ies)|rules|handbooks?|manuals?|price lists?)\b",
        r"\b(it|the model) (just |simply )?(doesn'?t|does not) know (any of )?(this|that|these|those)\b",
        r"\banswers? (it )?(straight )?from the (actual|official|real|original|current) ([\w-]+ )?(labels?|documents?|docs|manuals?|sheets|pdfs|policies|rules|handbooks?|records|catalog(ue)?s?)\b",
        r"\b(" + _KNOWLEDGE_NOUNS + r"|leave|benefits|entitlements)\b (that |which )?(differ|vary|varies|differs) (by|per|between|across|from) (country|countries|state|states|region|regions|site|sites|office|offices|location|locations|branch|branches|jurisdiction)\b",
        r"\b(questions|answers?) about (\d+|[\w-]+) ([\w-]+'? )?(policy wordings|contracts|policies|agreements|manuals|documents|handbooks)\b",
        r"\b(it'?s|it is|everything'?s?|everything is|that'?s) (all )?in (a|our|the|one) (big |shared )?(spreadsheet|database|google sheet|excel( sheet| file)?|airtable)\b",
        r"\bcontradicts? (our|the) ([\w'-]+ ){0,2}(instructions|policies|guidance|rules|protocols|procedures|advice|docs|documentation|manuals?|care sheets|sheets)\b",
        r"\bquestions (across|over|about|on|from) (about |around |roughly |~|some |nearly |over )?[\d,.]+\s?(k|thousand)? ([\w-]+ ){0,2}(reports|records|agreements|files|documents|letters|notes|contracts|cases|entries|minutes)\b",
        r"\b(private|internal|confidential),? (not|never) (online|public|published|on the (web|internet))\b",
        r"\b(invents|makes up|hallucinates|gets wrong|knows nothing about) ([\w-]+ ){0,2}(about |on )?(our|the) (lesser[- ]known|own|smaller|obscure|local|niche|less famous)\b",
        r"\b(know|knows|know about|learns?) (all about )?(our|the company'?s) ([\w-]+ )?(products?|company|catalog(ue)?|docs|policies|services|info|information|details|hours|schedules?|prices|locations|staff)\b",
        r"\b(no|the) model (has|hasn'?t|has not|never) (seen|been trained on)\b", r"\bnot in (the|its) training data\b",
        r"(?<!sitting in )(?<!stored in )(?<!saved in )(?<!kept in )\b(our|internal|company|private|proprietary|in-house|the company's)\s+(\w+\s+){0,2}(docs|documentation|documents|manuals?|wiki|knowledge( base)?|kb|handbooks?|polic(y|ies)|policy manual|files|pdfs|databases?|reports|procedures|sops|codebase|records|10-?ks|10-?qs|filings|annual reports)\b(?! (of|from|with) ([\w-]+ )?(labels?|examples|pairs|annotations))",
        r"\bknowledge ?base\b", r"\bpolicy manual\b", r"\bsources? of truth\b",
        r"\b(similar|related|matching) (past |previous |earlier )?([\w-]+ )?(incidents|cases|tickets|reports|records|claims|decisions)\b|\bnever (touched|been on) the (internet|web)\b|\b(our|an existing|the) (rag|retrieval)( system| pipeline| setup| layer)\b",
        r"\b(we have|we've got|there are|there's|there is) ([\w~.,-]+ ){0,3}(datasheets|data sheets|spec sheets|manuals|catalogues|catalogs|brochures|price lists)\b",
        r"\b(manuals?|docs|documentation|documents|content|specs) (are|is) (ours|proprietary|private|internal|confidential|licensed|not public)\b|\blook(ing)? up ([\w-]+ ){0,3}(codes|procedures|specs|part numbers|settings|values|limits|torques?|clearances)\b",
        r"\b(our|the|an?) (official |internal |approved )?([\w-]+ ){0,2}(termbase|clause library)\b",
        r"\b(doesn'?t|does not|don'?t|won'?t|can'?t) (obviously )?know (about |anything about )?(our|the company'?s|their|your)\b(?! ([\w-]+ )?(abbreviations|jargon|terminology|lingo|shorthand|slang|acronyms|dialect|style|tone|voice|format|conventions|codes)\b)", r"\bknows? nothing (about|of) (our|the|their)\b",
        r"\b(invents?|inventing|makes? up|making up|hallucinat\w*) (\w+ ){0,2}(specs|prices|facts|numbers|policies|details|features|figures|part numbers|amenities|products|dates|times|names|limits|coverage|terms|fees|rates|clauses|sources|citations|quotes|deadlines)\b", r"\bintranet\b", r"(?<!guide is )(?<!guide of )(?<!book is )(?<!prompt is )(?<!prompts are )(?<!prompt of )\b(?![1-5][- ]pages?\b)\d[\d,.]*\s?(k|m|thousand|million)?(-?ish)?[- ]pages?\b(?! ([\w-]+ )?(style|brand|prompt|system prompt|brief|spec|chunks?|windows?|batch(es)?|segments?|excerpts?|at a time|summar\w*|overviews?|briefs?|briefings?|handouts?|memos?|recaps?|digests?|reports?|write-?ups?|outputs?)|,? ?(a|per|each|every) (day|week|month|year)\b| of (certified|approved|verified|gold|finished|final|corrected|proofread)\b)",
        r"\b(years|decades) of (?![^.!?]{0,40}\b(lying|sitting) around)(\w+ ){0,2}(theses|papers|reports|documents|pdfs|articles|manuals|records|filings|minutes|memos|emails|case files|notes|wiki pages|newsletters|bulletins|transcripts|broadcasts|archives)\b",
        r"\b(confluence|sharepoint|notion|google drive|gdrive|shared drives?|network drives?|file shares?|slack (history|archives?|threads)|zendesk articles|help ?center articles)\b",
        r"\b(their|your|each (customer|tenant|client)'?s?) own (docs|documents|files|data|pdfs|content|manuals?|knowledge)\b",
        # "every customer's policy wording is different", "must know each one's pool hours, parking fees"
        r"\b(each|every) (?!(year|month|week|day|quarter|season|semester)'s)(?!([\w-]+ )?(there|it|that|what|here|he|she|who)'s)([\w-]+ )?([\w-]+'s|one'?s|of (them|our [\w-]+|the [\w-]+))\b[^.!?]{0,40}\b(" + _KNOWLEDGE_NOUNS + r"|wording|coverage|limits|trims?|hours|fees|times|opening times|addresses|contacts|specs)\b",
        r"\b(" + _KNOWLEDGE_NOUNS + r"|wording|coverage|limits|hours|fees)\b (is|are) (all )?(different|unique|specific) (for|per|to|in) (each|every)\b(?! (message|request|call|email|query|booking|order|ticket|case|customer|job)\b)|\b(wording|coverage|terms|polic(y|ies)|contracts?|prices|fees) (is|are) (all )?different\b(?! (for|per) (each|every) (message|request|call|email|query|booking|order|ticket|case|customer|job)\b)",
        r"\b(must|needs? to|has to|have to|should) know\b[^.!?]{0,40}\b(hours|fees|prices|pricing|rates|schedules?|times|menus?|availability|amenities|policies|specs|stock|inventory|addresses|contacts|opening times)\b",
        r"\buploads? (their |our |your |its )?(own )?(docs|documents|files|pdfs|manuals|contracts)\b",
        r"\b(product|technical) (documentation|docs|manuals?)\b",
        # "prior art, which has to be looked up each time", "standards documents we'd want to pull in"
        r"\b(has|have|had|needs?|need|must|would|should) to be (looked up|retrieved|fetched|pulled in|searched|found)\b",
        r"\b(want|wants|need|needs|have|has|would like|should|must)( \w+)? to (pull|bring) (them |it |those |these )?in\b(?! (the )?(user|customer|lead|cash|money|revenue|traffic))",
        r"\b(look(ed|s|ing)? up|retriev\w*|fetch\w*|pull(ed|s|ing)? in|link\w*)\b (the |our |their |each |any |related |relevant )?([\w'-]+ ){0,3}(" + _CORPUS_NOUNS + r"|prior art|case law|precedents?|coverage)\b",
        r"\b(from|in|across) our ([\w-]+ ){0,2}(archives?|back catalog(ue)?|library)\b")),
    # ---- style -------------------------------------------------------------------------
    ("style", "none", STATED, _rx(
        r"\b(no (particular|special|specific) (style|tone|format|voice)|style doesn'?t matter|any (format|style|tone) is fine)\b")),
    ("style", "voice", STATED, _rx(
        r"\bin (that|this|the same|their) ([\w-]+ ){0,2}(voice|tone)\b",
        r"\bsounds? (calm|friendly|warm|professional|empathetic|reassuring|polite)( and (calm|compliant|friendly|warm|professional|empathetic|reassuring|polite))? (every time|always|consistently)\b",
        r"\bsounds? like (a |an )?(generic|bland|corporate|robotic|stock)\b[^.!?]{0,30}\bnot (her|him|them|us|me)\b",
        r"\b(sound|sounds|read|reads|feel|feels) like the (magazine|paper|newspaper|brand|show|author|podcast|company|station|column)\b",
        r"\blearn (the |our |their )?([\w'-]+ ){0,2}(tone|voice|writing style|style)\b",
        r"\b(cheerful|warm|friendly|upbeat|calm|reassuring|chatty|playful|kind|gentle|cheeky|witty)(,| and) (cheerful|warm|friendly|upbeat|calm|reassuring|chatty|playful|kind|gentle|cheeky|witty)\b[^.!?]{0,10}\blike (our|the|a|my) ([\w-]+ )?(staff|team|agents|crew|guides|owner|founder|people|hosts|nurses|teachers)\b",
        r"\b(hard|impossible|difficult|tricky) to (state|describe|explain|write down|put into words|articulate|spell out|codify)\b",
        r"\b(no one|nobody|no-one) can (really )?(describe|explain|put into words|articulate|pin down) (it|them|that)\b|\bthe (words|terms|phrases|expressions) ([\w-]+ )?(people|farmers|users|customers|locals|patients|players|fans) (actually )?use\b|\bthe (words|terms|phrases|expressions) ([\w-]+ ){0,2}(actually|really) use\b|\bplain local (language|style)\b",
        r"\b(our|house|locked|specific|distinct\w*|exact|strict|particular|signature) (very )?([\w'-]+ ){0,2}style\b", r"\b(our|house|specific|distinct\w*|exact|particular|signature) (very )?([\w'-]+ ){0,2}(tone|voice)\b",
        r"\b(follow|stick to|apply|use|teach|keep to) our ([\w'-]+ ){0,2}(method|methodology|pedagogy|approach|house rules)\b", r"\bin (our|my) ([\w'-]+ )?(tone|voice|approach|method|methodology|manner)\b", r"\bin (that|her|his|their) (exact )?(style|voice|tone)\b",
        r"\bstyle (our|the) ([\w-]+ ){0,2}(officers|staff|agents|writers|editors|teachers|nurses|experts|team|reporters|presenters) use\b|\b(the way|like|how) our ([\w-]+ ){0,2}(teachers|editors|staff|experts|agents|officers|writers|nurses|doctors|lawyers|engineers|reporters) (do|does|write|talk|answer|respond)\b", r"\b(compliance[- ]approved|approved|mandated|required|house|legal[- ]approved) (phrasing|wording|language)\b", r"\b(tone|voice)\b[^.!?]{0,15}\b(is|are) (all over the place|erratic|inconsistent|off-brand|never the same)\b", r"\b(all over the place|inconsistent|erratic) in (tone|voice|style)\b",
        r"\b(follows?|match(es)?|sticks? to|respects?) our (internal |house |coding |team |engineering )?(conventions|guidelines|standards|style)\b", r"\b(answer|write|sound|talk|respond|reply|speak)s? (exactly |just )?like (our|a|the) (\w+ )?(script|scripts|sales script|playbook|reps|officers|field officers|agronomists|doctors|lawyers|experts|auditors|editors|writers|agents|staff|team|engineers|specialists|advisors|nurses|teachers|tutors|instructors|coaches|trainers|counsellors|advisers)\b", r"\bstays? in character\b", r"\b(talk|talks|speak|speaks|sound|sounds|write|writes|answer|answers|reply|replies) (exactly |just )?like (our|the) (\w+ )?(mascot|character|characters|narrator|persona|hero|host|villain)\b", r"\b(sound|sounds|read|reads|feel|feels|written) (exactly |just )?like (us|our (brand|company|house|team|writers|staff|agents|characters?|narrators?|mascot|hosts?|cast))\b",
        r"\b(in|keep|stay in|match) (each|every|the|a|our) (character|persona|brand|author|writer|speaker)'?s'? (voice|tone|style)\b", r"\bin the (voices?|tones?|styles?) of (our|the|each|every|a) ([\w-]+ ){0,2}[\w-]+\b", r"\b(nails?|gets?|keeps?|matches|has) our (tone|voice|style)\b", r"\b(brand(ed)? (voice|tone|style)|tone of voice|house style|style ?guide|tone ?guide|voice ?guide|style ?book|brand ?book|brand guidelines|our (voice|tone)|(consistent|specific|particular|friendl\w*|formal|professional|casual|warm|playful|empathetic) (tone|voice|style)|persona|on[- ]brand|in our voice)\b")),
    ("style", "format", STATED, _rx(
        r"\bin (that|the|this) same (structure|format|layout|template)\b|\bexact ([\w-]+ ){0,3}phrasing\b",
        r"\bstrict ([\w/-]+ ){0,2}(syntax|grammar|markup|notation)\b|\bto the [\w()/-]+ standard\b|\b(our|the) ([\w'-]+ ){0,3}vocabulary and (layout|format|structure)\b|\b(completely |very |totally )?rigid\b|\bfixed (order|structure|layout|wording|phrasing)\b|\bcontrolled vocabulary\b",
        r"\b(json|xml|yaml|csv|schema|templates?|structured output|(output|strict|specific|fixed|house|our|exact|consistent|required|mandated|regulated) ([\w-]+ ){0,3}(format|structure|layout)\w*|formatted|format)\b")),
]

_PERIOD = re.compile(
    r"^\s?\+?\s?(?:[^\s.,;:!?()\d/]+(?:\s+|(?=/))){0,5}?(?:(?:a|per|each|every|an)\s+|/\s*)(sec(?:ond)?|min(?:ute)?|hour|hr|day|weekend|week|month|mo|quarter|season|term|semester|year|yr)s?\b"
    r"|^\s?\+?\s?(?:[^\s.;!?\d]+\s+){0,5}?(daily|weekly|monthly|yearly|annually|quarterly)\b", I)
_DATA_NOUN = re.compile(
    r"^\s?\+?\s?(?:of (?:our|its|their|the|her|his|my) )?(?:[^\s.,;:!?()\d]+(?:(?<=ed),)?\s+){0,4}?(of (?:them|these|those) (?:archived|saved|on file|stored|kept)|(?:past|historical|historic|previous|archived|closed|resolved|completed) [a-z]+s|examples?|chat|samples?|labell?ed|annotated|pairs|records|rows|tickets|reports|transcripts|"
    r"conversations|chats|chat logs|emails|documents|invoices|contracts|reviews|instances|q ?& ?a|questions|"
    r"answers|descriptions|messages|applications|checklists|submissions|(?:recorded|audited|reviewed|graded|scored|transcribed) calls|call recordings|audited|approved|curated|human[- ]reviewed|cases|pieces|snippets|listings|descriptors|decisions|comments|headlines|titles|captions|abstracts|rewrites|edits|briefings|newsletters|judg(e)?ments|ratings|corrections|notes|sentences|translations|summaries|data ?points|"
    r"dialogues|lines|responses|replies|outputs|completions|utterances|verses|essays|commits|demonstrations|letters|logs|posts|articles|images|items|entries|orders|work orders|bulletins|"
    r"impressions|claims|forms|receipts|resumes|cvs|texts|training|gold|ground[- ]truth|labels|parses|redlines|drafts|incidents|segments|explanations|clues|puzzles|poems|jokes|lyrics|scripts|subtitle files)\b", I)
_DOC_NOUN = re.compile(r"^[^.;!?]{0,25}\b(pages?|pdfs?|manuals?|files|wiki|articles|documents|docs|sops|handbooks)\b", I)
_VOLUME_NOUN = re.compile(r"^[^.;!?]{0,30}\b(requests?|queries|calls|users|visitors|customers|sessions|messages|api calls|hits|lookups|generations|alarms|alerts|tickets|emails|orders|documents|transactions|claims|chats)\b", I)
_TIME_UNIT = re.compile(r"^\s?-?\s?(?:(?:fixed|output|entity|new|distinct|separate|target|required|mandatory|key|core) )?(seconds?|secs?|ms|milliseconds?|days?|weeks?|months?|years?|yrs?|seasons?|hours?|minutes?|tokens?|%|percent|languages?|categories|classes|labels|people|(?:persons?|members?|staff|employees|volunteers|folks|man)(?![\w-])|engineers|developers|pages?|-page|times|x|fields|features|states|countries|regions|markets|locales|steps|phases|stages|versions|variants|intents|types|kinds|lines(?= of code)|terms|teams|departments|products|brands|clients|tenants|companies|stores|sites|offices)\b|^\s?%", I)
_FUTURE = re.compile(r"\b((is|are|'re|'s) (labell?ing|annotating|collecting|gathering|coding|tagging|reviewing)|expect\w*|aim\w* for|target\w* for|plan\w* for|will (have|get|collect|reach|give us|send us|provide|share|produce|generate|create|add|write)|would (give|get|bring) us|(we|they)'?ll (have|get|collect|give us|send us|provide|share|produce|generate|add)|we'?d have|we would have|going to (have|collect)|plan to (collect|label|gather)|hope to (have|collect)|grow to|ramp up to)\s+(about |around |roughly |~|many |several )?$", I)
_HAVE = re.compile(r"\b(have|has|got|own|with|hold|sitting on|collected|gathered|there are|archive of|library of)\s+(about |around |roughly |nearly |over |almost |some |maybe |perhaps |probably |~)?$", I)
_REQUIREMENT = re.compile(r"\b(briefs?|campaigns|requirements?|categories|taxonomy|labels|specs?|specifications|priorities|use[- ]cases|tasks|scope|criteria|tone|wording|tags?|fields?|format|sprint|trends?|design|game design)\b", I)
_UNLABELLED = re.compile(
    r"^[^.;!?]{0,30}?\b(unlabell?ed|unannotated|uncategori[sz]ed|untagged|uncoded|unsorted|without (any )?labels|raw and unlabell?ed"
    r"|not (really |yet |properly |actually |even |all )?(labell?ed|annotated|tagged|coded)"
    r"|none (of (them|it|those|these) )?(is |are |was |were )?(labell?ed|annotated|tagged|coded)"
    r"|(they|it|those|these) ('re|are|is|'s|were|was) (not|n't)( really| yet| properly| actually)? (labell?ed|annotated|tagged|coded))\b", I)
_CORPUS = re.compile(r"\b(corpus|archive|library|collection|repository|database|knowledge ?base|kb|catalog(ue)?)( (is|of|with|contains|holds|has))?( (huge|massive|big|enormous|vast|large),)?\s+(about |around |roughly |over |nearly |~)?$", I)
#: The count said after the labels it counts: "users are generating labelled examples ..., we're at ~5k and growing".
_LABELLED_SO_FAR = re.compile(r"\b(labell?ed|annotated|approved|rated|graded|scored|coded) (examples?|pairs?|samples?|items?|data|records|ones)\b"
                              r"[^.!?]{0,120}\b(we'?re|we are|we'?ve got|we have|now|currently|so far)( at| got| about| around)?\s+(about |around |roughly |~|over |nearly |already )?$", I)
#: The documents that "about 1,200 of them" counts, named just before it.
_OF_THEM_DOCS = re.compile(r"\b(documents|docs|pdfs|manuals|handbooks|guides|guidelines|sops|policies|faqs|leaflets|articles|pages|files|monographs|bulletins|standards|procedures)\b[^.!?]{0,20}$", I)
#: The facts a base model gets wrong, as opposed to how it behaves.
_FACTS_WRONG = re.compile(r"\b(mix(es|ing)? up|confus(es|ing)|gets? wrong|invents?|inventing|makes? up|hallucinat\w*)\b[^.!?]{0,15}\b(doses?|dosages?|prices?|dates?|figures|numbers|specs|facts|versions|names|rates|fees|deadlines|formulations)\b"
                          r"|\b(info|information|facts|figures|prices|details|knowledge)\b (is|are) (sometimes |often |usually |frequently |occasionally )?(outdated|out of date|stale|wrong|old)\b", I)
#: Words for how outputs read, not what they know.
_BEHAVIOUR = re.compile(r"\b(tone|format\w*|style|voice|structure|layout|template|wording|phrasing|consisten\w*|labels|categor(y|ies)|codes)\b", I)
#: A prompt that works only when the right document is pasted in.
_WORKS_WITH_CONTEXT = re.compile(r"\b(works?|worked|is|was|does|did|answers?|answered) (great|well|fine|perfectly|brilliantly|really well|ok|okay|nicely)\b[^.!?]{0,10}\b(when|if|as long as|once|provided) (the right |the relevant |the correct |we |i |you )?(page|doc\w*|context|passage|section|article|manual|policy|text|info\w*|paste\w*|give\w*|includ\w*|feed\w*|put|add\w*|provid\w*)\b", I)
_LABELLED_ON = re.compile(r"\b(labels?|labell?ed|annotat\w*|reviewed|audited|scored|graded)\s+(on|for|of)\s+(about |around |~)?$", I)
_PROMPT_SHOTS = re.compile(r"\b(few[- ]shot|n[- ]shot|in[- ]context|in the prompt|prompt(ing)? with|prompt (and|plus))\b[^.!?]{0,40}$", I)
#: Labels that exist but cannot be trained on: "tagged under an old taxonomy we scrapped", "all over the place".
_UNUSABLE = re.compile(r"\b(under|with|using|against|to) (an? |the )?(old|previous|former|outdated|scrapped|retired|obsolete) (taxonomy|scheme|categories|label set|code list|codes|labels|tag set)\b"
                       r"|\b(labels|tags|annotations|codes)\b[^.!?]{0,60}\b(they'?re|are|were) (all over the place|unreliable|inconsistent|garbage|useless|a mess)\b"
                       r"|\b(useless|unusable|no good|worthless) (as|for) (training|fine[- ]?tuning)\b"
                       r"|\b(can'?t|cannot|can not|may not|must not) be used (for|to|in) (train\w*|fine[- ]?tun\w*)\b"
                       r"|\b(a lot|half|most|many) of (its|their|the|those) (answers|replies|labels|outputs) (were|are) (wrong|outdated|out of date|bad|poor)\b"
                       # "100k old support replies ... a lot of them are curt, outdated or flat-out wrong"
                       r"|\b(a lot|lots|half|most|many|plenty|loads|tons|a bunch|a good chunk|a big chunk|a third|a quarter) of (them|those|these)\b (are|were|is) ([\w-]+,? (or |and )?){0,4}(flat[- ]out |plain |just )?(wrong|outdated|out of date|bad|poor|garbage|useless|incorrect|unreliable)\b"
                       r"|\b(agree|agreement)\b[^.!?]{0,30}\b([1-6]\d) ?%|\b(audits?|checks?|reviews?) (say|said|show|showed|found)\b[^.!?]{0,20}\b(a third|half|a quarter|[2-9]\d ?%) (of them )?(are|were) wrong\b"
                       r"|\b(half|most|many|a lot|a third|some) (of )?(those|these|the|them|our) ([\w-]+ )?(answers|labels|pairs|examples)? ?(are|is) (already )?(out of date|outdated|stale|obsolete)\b", I)
#: "25k already parsed by hand", "3,000 hallmarks identified by our specialists": work done on each one.
_BY_HAND = re.compile(r"^\s?([\w-]+ ){0,4}?(by hand|manually|by (our |the |their )?(specialists|experts|staff|team|editors|coders|annotators|reviewers|curators|clinicians|lawyers|analysts))\b", I)
#: "Back office has manually coded ~70k of these": the amount of work done by hand is a dataset.
_CODED_BEFORE = re.compile(r"\b(hand[- ]?\w+|manually \w+|keyed|keyed in|entered|coded|labell?ed|annotated|tagged|classified|categori[sz]ed|triaged|graded|scored|rated|mapped|"
                           r"(have|has|'ve) (done|written|produced|made|drafted|edited|translated|corrected|reviewed|fixed|approved|checked|mapped|matched))\s+(about |around |roughly |over |~)?$", I)
#: Shorthand quoted from the field: "notes like 'LOS on ONT, swapped SFP'" (two or more all-caps tokens in a quote).
_QUOTE = re.compile(r"(?:(?<!\w)'(?:[^'\n]|(?<=\w)'(?=\w)){3,120}'(?!\w)|\"[^\"\n]{3,120}\"|‘[^’\n]{3,120}’|“[^”\n]{3,120}”)")
_CAPS_TOKEN = re.compile(r"(?<![\w'])[A-Z][A-Z0-9]{1,5}s?(?![\w'])")
#: "the system prompt already nails the tone": the style is solved by prompting, not a reason to tune.
_STYLE_SOLVED = re.compile(r"\b(prompt\w*|it|the model|the base model)\b[^.!?]{0,20}\b(already |really |mostly )?(nails|handles|gets|has|gives|does|matches)( us)? (the |our )?(tone|voice|style|format)( (right|fine|well))?\b", I)
#: "what it gets wrong is specs and stock": the failure named is missing knowledge, not behaviour.
_FACT_FAILURE = re.compile(r"\b(gets?|got|getting) (\w+ )?wrong (is|are|=|:)? ?(the )?([\w-]+ ){0,2}(" + _FACT_NOUNS + r"|specs|facts|figures|numbers|details|availability|dates)\b"
                           r"|\b(wrong|outdated|stale|made[- ]up|invented) (\w+ )?(" + _FACT_NOUNS + r"|specs|facts|figures|numbers|details|availability)\b(?! (format|field))", I)
_KNOWLEDGE = re.compile(r"\b(" + _KNOWLEDGE_NOUNS + r")\b", I)
#: The firm signs of a narrow task (not "flag", "detect", "tag" alone, which also mean other things).
_NARROW = re.compile(r"\b(classif\w*|categori[sz]\w*|intents?|triag\w*|rout\w*|extract\w*|pars(e|es|ing)|fields?|entities|"
                     r"categories|classes|queues|buckets|codes|labels)\b", I)
_TUNED_ON_FACTS = re.compile(
    r"\b(fine[- ]?tuned|trained|tuned)\b[^.!?]{0,40}\bon (all |every )?(of )?(our|the|its|their)? ?([\w-]+ ){0,2}"
    r"(knowledge[- ]?base|kb|docs|documentation|manuals?|wiki|articles|faqs|polic(y|ies)|handbooks?|product (info|information|data|catalog(ue)?))\b"
    r"|\b(fine[- ]?tuned|trained|tuned)\b[^.!?]{0,20}\bon [^.!?]{0,30}\b(from|of|about|out of) (our |the |its |their )?([\w-]+ ){0,2}(catalog(ue)?|docs|documentation|manuals?|kb|knowledge[- ]?base|wiki|faqs|polic(y|ies)|handbooks?|regulations|rules|timetables?|products)\b"
    r"|\b(fine[- ]?tuned|trained|tuned)\b[^.!?]{0,30}\b(faq|q ?& ?a|question[- ]answer)s? pairs\b"
    r"|\b(still|keeps?|it) (makes?|making) up\b|\b(still|keeps?) hallucinat\w*|\b(but )?it (invents|fabricates|hallucinates|makes up)\b"
    r"|\b(but |and )?(invented|made up|fabricated|hallucinated) ([\w-]+ ){0,2}(facts|numbers|specs|details|figures|prices|dates|names|answers|codes)\b|\bknew nothing about\b", I)
#: "14 toxicity labels", "5 support queues": a number of classes, with a word in between.
_LABEL_SET = re.compile(r"^\s?(?!(good|old|past|great|approved|existing|real|sample|example|finished|written)\b)[\w-]+ (labels|categories|classes|intents|codes|queues|buckets|tags|types|labels? set)\b", I)
#: "after a few hundred letters", "every 500 requests": a point in time or a rate, not a collection.
_NOT_A_COUNT_BEFORE = re.compile(r"\b(after|every|within|in the first|for the first)\s+(about |around |roughly |~)?$", I)
#: The noun before an amount in brackets that makes it a corpus size: "tariff schedule (~12k lines)".
_CORPUS_SIZE = re.compile(r"\b(" + _CORPUS_NOUNS + r"|manual|schedule|codebase|archive|library)$", I)
#: "our maintenance manuals have to be in Simplified Technical English": documents the model writes.
_OUTPUT_RULE = re.compile(r"\b(manuals?|documents?|docs|reports?|letters?|notes|documentation|records|minutes|leaflets|labels)\b (have|has|need|needs|must|should) (to )?(be )?(written |rewritten |produced |drafted )?in\b", I)
_OUTPUT_DOCS = re.compile(r"\b(writ\w*|draft\w*|generat\w*|produc\w*|creat\w*|compos\w*|auto-?generat\w*) (up )?(our|the|their|new|all)? ?([\w-]+ ){0,2}"
                          r"(?P<noun>reports?|letters?|documents?|docs|notes|summaries|records|posts|emails|documentation|bulletins?|certificates?|notices?|briefings?)\b", I)
_OUTPUT_DOCS_PASSIVE = re.compile(r"\b(?P<noun>reports?|letters?|documents?|docs|notes|summaries|records|posts|emails|documentation) (drafted|written|generated|produced|composed|auto-?generated) (from|by|out of|automatically)\b", I)
_SUPPLIED = re.compile(
    # "the summary is about the person's notes, not outside knowledge"
    r"\b(not|no|never) (any )?(outside|external|background) knowledge\b|"
    r"\b(we'?d|we would|we'?ll|we will|i'?d|i would|i'?ll|i will|we|i|they|ops|staff) ((just|simply|can|could|always|easily) ){0,2}(paste|give|feed|put|drop|copy|type|supply|hand|pass|send) "
    r"(it|them|those|these|that|(the|today'?s|this week'?s|this season'?s|the day'?s|that night'?s|our|their|current|the current|the latest|live) ([\w-]+ ){0,2}[\w-]+)\b( over)? ?(in|into|to (it|the model)|myself|ourselves|in the prompt|each time|every time)\b"
    r"|\b(could|can|would|will) (just |easily |simply )?(go|fit|be put|be pasted|live|sit) (in|into) the (system )?prompt\b"
    r"|\bnothing to (look up|retrieve|search for|search)\b|\b(doesn'?t|does not|won'?t|will not|wouldn'?t) (need|have) to (go )?(find|look up|search( for)?|fetch|retrieve|dig up) anything\b|\b(short|small) enough to (paste|fit|put|include)\b|\b(it'?s|it is) (just |only )?an? (one|single|two|1|2|half)[- ]page\b"
    r"|\b(which|that|the [\w-]+) (i|we)'?d (give|paste|feed|hand) (it|the model)\b|\b(we'?d|we would|we'?ll|i'?d|i would|i'?ll) (just |simply )?(paste|feed|drop|copy|type) (it |them )?in\b|\b(i|we) give it (the [\w-]+ )?(myself|ourselves)\b|\b(we|i|they|agents|staff|operators|users|editors|dispatchers|the team|our team) (pass|feed|send|hand|paste|add|type) (it |them |those |these |the [\w-]+ ([\w-]+ )?)?in\b"
    r"|\b(the )?(engine|app|system|game|backend|pipeline|form|caller|client|crm|ehr|platform) (already )?(passes|feeds|sends|supplies|injects|hands|provides)\b[^.!?]{0,40}\b(in|to the model|into the prompt)\b|\bthe model gets (what|everything|all) it needs\b|\bputting (the|our) ([\w-]+ ){0,4}(in|into) the prompt\b(?![^.!?]{0,40}\b(doesn'?t fit|didn'?t fit|ran out|too (big|long|large)|\d[\d.,]* ?(mb|gb|megabytes)))"
    r"|\bthe model (only|just) (has|needs) to (parse|read|extract|classify|tag|format|normali[sz]e|rewrite|summari[sz]e)\b"
    r"|\b(generat|writ|produc|draft)\w*\b[^.!?]{0,40}\bfrom (the |our )?(structured |live |match |sensor |raw )?(data )?feeds?\b"
    r"|\bprompt (with|containing|that includes|holding) (our|the) ([\w-]+ ){0,2}(policies|faqs?|docs|guidelines|rules|info|information)\b"
    r"|\b(but )?(we|i|it|the model|the bot) (don'?t|do not|doesn'?t|does not|won'?t) need (those|them|that|it|any of (that|those|them))\b"
    r"|\bfits? (in|on|into) (a|one|half a) (single )?(page|paragraph|prompt)\b|\b(we'?d|we would|we'?ll|we can|i'?d|i'?ll) (just )?(update|edit|change|tweak) the (instructions|prompt|system prompt)\b"
    r"|\b(i'?d|i would|i'?ll|we'?d|we would|we'?ll|i|we) (just )?(tell|give|send|show) (it|the model|the bot) (my|our|the) (current |latest |own )?([\w-]+ ){0,2}[\w-]+\b"
    r"|\b(i'?ll|we'?ll|i will|we will|i can|we can|i'?d|we'?d) (just )?paste (in )?(the|our|my) (current|latest|updated|new|up-to-date) [\w-]+\b"
    r"|\b(the )?([\w-]+ ){0,2}(synopsis|brief|notes|summary|situation) (is|are) (given|provided|supplied|passed in|described in the request)\b"
    r"|\b(come|comes) straight from the ([\w-]+ ){0,2}(feed|system|api|database) into the (input|prompt)\b"
    r"|\b(the )?(content|info\w*|data|facts|details|text)\b[^.!?]{0,10}\b(comes?|arrives?) (in )?(from|with|via) the (live |incoming |raw )?(feed|input|request|message|api)s?( each time| every time| with each request)\b", I)
#: A plan that will produce its own training data: "adjusters will be correcting every extraction", "we'll log everything".
_DATA_TO_COME = re.compile(r"\b(will be (correcting|fixing|labell?ing|reviewing|editing)|(we'?ll|we will|we'?d|we would) (log|save|collect|keep|store) (everything|every|all)|(we'?ve|we have) been logging (every|all))\b", I)
_NOT_YET = re.compile(r"\b(no|zero|none|0|only|nothing|don'?t (really )?have|do not have)\b[^.!?]{0,40}\b(today|yet|right now|rn|for now|at the moment|at launch|on day one|day one|currently)\b"
                     r"|\b(today|right now|for now|at the moment|at launch|on day one|day one|currently|at first|initially)\b[^.!?]{0,20}\b(no|zero|none|nothing)\b", I)
#: A noun and an amount in brackets after it: "schedule (~12k lines)", "rewrites (hundreds of thousands)".
_IN_BRACKETS = re.compile(r"(?P<noun>[\w-]+(?: [\w-]+){0,3})\s*\(\s*(about |around |roughly |over |~)?$", I)
#: Work done on a collection that makes it a dataset: "coded reports", "editor-finalised rewrites".
_WORKED = re.compile(r"\b(coded|labell?ed|annotated|scored|tagged|reviewed|approved|graded|corrected|finali[sz]ed|checked|verified|audited|keyed-in|classified|categori[sz]ed|triaged|hand-made)\b", I)
#: "4,000 procedures that change monthly": how often a thing changes, not how often it is asked for.
_CHANGE_VERB = re.compile(r"\b(chang\w*|updat\w*|revis\w*|amend\w*|refresh\w*|rotat\w*|replac\w*|grow\w*)\b", I)
#: "1,500 hours of transcribed casting", "300 hours of annotated audio": hours of recorded material.
_HOURS_OF_DATA = re.compile(r"^\s?-?\s?hours? of ([\w-]+ ){0,2}?(transcri\w*|recorded|annotated|labell?ed|aligned|subtitled|captioned|audio|video|footage|speech|calls?|recordings?|casting|commentary|dictation)\b", I)
#: "9k published fact-checks to learn from": an amount offered as training material.
_TO_LEARN_FROM = re.compile(r"^\s?([\w-]+ ){0,3}?(to (learn|train|fine[- ]?tune) (from|on|with)|(we|you) could (train|learn|fine[- ]?tune) on|for training)\b", I)
#: "a hotel group with 60 properties": the size of the business, not a dataset.
_ORG_NOUN = re.compile(r"^\s?([\w-]+ )?(titles|mastheads|publications|magazines|newspapers|resorts|parks|airports|ports|terminals|casinos|clubs|gyms|studios|theatres|museums|libraries|lifts|boats|planes|aircraft|buses|rigs|drivers|pilots|skippers|crews|growers|farmers|technicians|teachers|headaches|problems|issues|challenges|goals|use[- ]cases|projects|properties|locations|branches|clinics|hotels|outlets|restaurants|shops|venues|warehouses|plants|factories|schools|campuses|hospitals|pharmacies|farms|vessels|ships|trucks|vehicles|stations|depots|mines|practices|chapters|franchises|agents|employees|members|stores|sites|offices)\b", I)
#: "Every day arrive around 15 thousand alarm messages": the period said before the amount.
_PERIOD_BEFORE = re.compile(r"(?:^|[.!?]\s+)(?:(?:every|each) (day|week|month)|(daily|weekly|monthly))\b"
                            r"(?![^.!?\d]*\b(?:have|has|got|with|own|and)\b)[^.!?\d,;]{0,30}$", I)
#: A second job beside questions over documents: "(also) write repair logs in the client's format".
_SECOND_JOB = re.compile(r"\b(also|and|plus)\b[^.!?]{0,30}\b(writ\w*|draft\w*|fill\w*|produc\w*|generat\w*|turn\w*)\b[^.!?]{0,40}\b(format|template|schema|layout|form)\b", I)
#: "I said 900 a day but...", "twelve thousand, not a hundred": an amount the user takes back.
_TAKEN_BACK = re.compile(r"\b(not|rather than|instead of|(i|we) (said|told you|mentioned|wrote))\s+(about |around |roughly |~)?$", I)
_ROWS_OF_CORPUS = re.compile(r"^\s?-?\s?(rows?|entr(y|ies)|items?|records?|skus?|parts?|products?|lines?)\b[^.!?]{0,25}\b(catalog(ue)?|database|register|registry|inventory|index|library|collection|spreadsheet)\b", I)
_DATA_WORD = re.compile(r"\b(examples|samples|labell?ed|annotated|transcribed|typed|pairs|archive|records|reports|past ones|old ones)\b", I)
_SHORT_PROMPT = re.compile(r"\bprompts? (is|are|'s) (only|just|quite|pretty|fairly|very|already) (about |around |~)?(short|small|tiny|brief|lean|\d{2,3} tokens)\b|\b(short|small|lean|tiny) (system )?prompts?\b", I)
_TASK_UNCHANGED = re.compile(r"\b(the )?(task|job|format|schema)( itself)? (doesn'?t|does not|won'?t|will not|never|hardly|rarely) change", I)
_WRITES_BEFORE = re.compile(r"\b(generat|writ|creat|mak|draft|produc|compos)\w* ([\w-]+ ){0,2}$", I)
_REQUIREMENT_OF = re.compile(r"\b(product|menu|policy|content|data|feature|promo|promotion|campaign|marketing) (spec\w*|requirements?|roadmap|briefs?|scope|design|wording|copy|messaging|tone)\b", I)
_TASK_WORD = re.compile(r"\b(task|format|requirements?|spec\w*|brief|scope|use[- ]cases?|categor(y|ies)|classes|intents|taxonomy|what (they|we|users|customers|people) (want|ask for))\b", I)
_APPOSITION = re.compile(r"\b(worth of|have|got|archive of|history of|kept|saved|stored|collected)\b[^.!?]{0,60}\b[a-z]+s\s*[,(\u2014-]\s*(about|around|roughly|some|probably|maybe|perhaps|~)?\s*$", I)
_CORPUS_ITEMS = re.compile(r"^[^.;!?]{0,30}\b((council|meeting|board|committee) minutes|published (titles|books|works|issues|volumes)|papers|theses|books|volumes|finding aids|dossiers|case files)\b", I)
_TRANSLATION_MEMORY = re.compile(r"^\s?-?\s?(segments?|units?|sentence pairs?|pairs?|entries|tus?)?\s?(of )?(our |the |a |their )?(bilingual |client )?(translation memor(y|ies)|tms?\b|parallel (corpus|text))", I)
_TUNED_ON_BEFORE = re.compile(r"\b(fine[- ]?tun\w*|trained|tuned)\b[^.!?()]{0,25}\b(on|with)\b[^.!?()]{0,40}\(\s*(about |around |roughly |over |~)?$", I)
_PROJECTED_BEFORE = re.compile(r"\b(by|from|after|in|within) (next |the end of (the |next )?|a |two |\d+ )?(year|quarter|spring|summer|autumn|fall|winter|season|q[1-4]|20\d\d|launch|rollout|merger|expansion)s?\b"
                               r"[^.!?]{0,20}\b(it'?ll|it will|we'?ll|we will|that'?ll|this will|volume will|will|should|could) (be|hit|reach|grow to|climb to|go to)\s+(about |around |roughly |~|over |nearly )?$"
                               r"|\b(once|when|after) (we'?re |it'?s |we go |it goes )?(live|launched|launch|running)\b[^.!?]{0,10}\b(we )?(expect|anticipate|forecast|project)\w*\s+(about |around |roughly |~)?$"
                               # "once it's live we'll get maybe 400 conversations a day"
                               r"|\b(once|when|after) (we'?re |it'?s |it is |we go |it goes )(live|launched|running)\b[^.!?]{0,6}\b(we'?ll|we will|we'?d|there'?ll be) (get|see|have|handle)\s+(maybe |about |around |roughly |~|some )?$"
                               r"|\b(now|today|currently|at the moment)[;,.]?\s+(but )?(we |they )?(expect|anticipate|project|forecast)\w*( to (see|reach|hit|have|get))?\s+(about |around |roughly |~|up to )?$", I)
_PROJECTED_AFTER = re.compile(r"^[^.!?]{0,30}\b(is|are|would be|will be) (the |our |a )?(projection|projected|forecast|expected|estimate|plan)\b"
                              r"|^[^.!?]{0,40}\bby (next |the end of (the |next )?)(year|quarter|summer|spring|autumn|fall|winter|season|q[1-4])\b"
                              r"|^[^.!?]{0,40}\b(once|when|after) (we|it) (launch|go live|goes live|scale|roll out)\b", I)
_GROWING = re.compile(r"\b(adding|add|adds|pil(?:e|es|ing) up(?: at| by)?|accumulating|collecting|gathering|growing by|grows by|grow by|another|labell?ing|annotating|tagging|correcting|keying)\s+(about |around |roughly |~|some )?$", I)
_ONLY_BEFORE = re.compile(r"\bonly (about |around |roughly |some |~)?$", I)
_MONEY = re.compile(r"(\$|usd|eur|€|£|₹|inr|chf)\s?$", I)


def _data_level(n: float) -> str:
    if n < 1:
        return "none"
    if n < 100:
        return "few"
    if n < 1000:
        return "some"
    if n < 10_000:
        return "many"
    return "large"


def _volume_level(per_month_value: float) -> str:
    if per_month_value < 10_000:
        return "low"
    if per_month_value < 150_000:
        return "moderate"
    return "high"


def _budget_level(dollars: float) -> str:
    if dollars < 2_000:
        return "low"
    if dollars < 50_000:
        return "moderate"
    return "high"


def _timeline_from_duration(n: float, unit: str) -> str | None:
    unit = unit.lower()
    days = n * {"day": 1, "week": 7, "wk": 7, "month": 30, "year": 365, "hour": 1 / 24}.get(unit.rstrip("s"), 0)
    if not days:
        return None
    if days <= 21:
        return "urgent"
    if days <= 100:
        return "normal"
    return "long"


@dataclass(frozen=True)
class Reading:
    """What one message says: answers found, and whether it looks like a question."""

    answers: list[Answer]
    is_question: bool
    asks: str = ""  # the sentences that put a question ("how many examples do we need?"), if any


def _data_answer(a: Amount, evidence: str, source: str = STATED) -> Answer:
    return Answer("data", _data_level(a.value), source, evidence, amount=a.value)


def _amount_findings(text: str, focus: str | None, asked: list[tuple[int, int]]) -> list[Answer]:
    """The answers the amounts in ``text`` give; ``asked``: spans of quoted example questions."""
    out: list[Answer] = []
    only_data = strong_data = taken_data = False
    amounts = find_amounts(text)
    # "customers ask things like 'any bread under three quid?'": amounts in a quoted example question
    amounts = [a for a in amounts if not any(s <= a.start < e for s, e in asked)]
    for a in amounts:
        after, before = text[a.end:a.end + 60], text[max(0, a.start - 25):a.start]
        evidence = text[max(0, a.start - 20):a.end + 40].strip()
        taken_back = bool(_TAKEN_BACK.search(before))
        if taken_back and _DATA_NOUN.match(after):
            taken_data = True  # "it's not 2,000 listings, it's about 20": the amount that replaces it is data too
        if taken_back or re.match(r"^\s?[\w-]+'?s?'? worth of\b", after, I) or (re.match(r"^\s?(service|hotline|line|helpline|number)\b", after, I) and re.search(r"(\w's|\bthe|\bour|\btheir|\bits)\s$", before, I)):
            continue  # "...not a hundred"; "five elections' worth of past updates" is a span, not a count
        if re.search(r"\ba (paragraph|page|line|sentence|word|note|blurb|bullet|screen)s? or\s*$", before, I):
            continue  # "a paragraph or two we'd paste in each week": a length, not how many come in
        if _MONEY.search(before) or text[a.start:a.end].lower().endswith("grand") or re.match(r"^\s?(dollars|usd|eur|euros|quid|pounds|bucks|grand|gbp|k?\$)\b", after, I):
            out.append(Answer("budget", _budget_level(a.value), STATED, evidence))
            continue
        unit = re.match(r"^\s?-?\s?(days?|weeks?|wks?|months?|years?|hours?)\b", after, I)
        if unit and unit.group(1).lower().startswith("hour") and _HOURS_OF_DATA.match(after):
            # "~1,500 hours of transcribed casting": recorded material is a dataset, not a deadline
            out.append(Answer("data", "many" if a.value < 100 else "large", INFERRED, evidence, amount=None))
            continue
        if unit and (unit.group(1).lower().startswith("year") and (a.value >= 3 or re.match(r"^\s?-?\s?years?( of| worth)\b", after, I))
                     or re.match(r"^\s?-?\s?months?( of| worth of) ([\w-]+ ){0,2}(transcripts|logs|chats|data|emails|tickets|records|history|calls|conversations)\b", after, I)):
            continue  # "20 years of edited reports", "over 12 years": a history, not a deadline
        if unit and re.search(r"(\d\s?(k|m)?|thousand|million|grand|dollars|euros|pounds)\s+(over|across|spread over)\s*$", before, I):
            continue  # "maybe 40k over two years": the span the money covers, not a deadline
        if unit:
            if re.search(r"\b(in|within|next|by|over|about|only|just|have|got|takes?|needs?)\s*$", before, I) or focus == "timeline" or (
                    re.match(r"^\s?-?\s?\w+\s+(away|from now|out|off)\b", after, I)):  # "six months away"
                level = _timeline_from_duration(a.value, unit.group(1))
                if level:
                    out.append(Answer("timeline", level, STATED, evidence))
            continue
        paged = re.match(r"^\s?(pages|pp)\b,? ?(a|per|each|every) (day|week|month|year)\b", after, I)
        if paged:  # "about 40k pages a week": how much comes through, not a library to search
            monthly = per_month(a.value, paged.group(3))
            out.append(Answer("volume", _volume_level(monthly), STATED, evidence, amount=monthly))
            continue
        if re.match(r"^\s?pages of (certified|approved|verified|gold|finished|final|corrected|proofread)\b", after, I):
            out.append(_data_answer(a, evidence))  # "1.2 million pages of certified transcripts": worked examples
            continue
        if re.match(r"^\s?words of (aligned|paired|parallel|transcribed|annotated|labell?ed|translated|edited)\b", after, I):
            out.append(_data_answer(a, evidence))  # "80 million words of aligned steno/transcript pairs"
            continue
        if (re.match(r"^\s?(pages|pp)\b(?! of (certified|approved|verified|gold|finished|final|corrected|proofread)\b)", after, I) and a.value >= 50
                and not re.search(r"\b(could|would|might|will) be\s+(up to\s+)?$", before, I)) or (re.match(r"^\s?words\b(?! (to|left|still) )", after, I) and a.value >= 100_000 and not _PERIOD.match(after)):
            out.append(Answer("freshness", "proprietary", INFERRED, evidence))  # "four thousand pages across 300 species"
            continue
        if re.match(r"^\s?(live|active|current|in-force|signed|customer|supplier)? ?(policy |insurance )?(contracts|subcontracts|agreements|policies|wordings)\b", after, I) and (
                re.match(r"^\s?(live|active|current|in-force)\b", after, I) or re.search(r"\b(new ones|amendments|renewed|signed every|rolling basis)\b", text[a.end:a.end + 120], I)):
            out.append(Answer("freshness", "proprietary", INFERRED, evidence))
            continue  # "9,000 live policy wordings", "400 contracts, with new ones signed every week": documents to answer from
        if _ROWS_OF_CORPUS.match(after) and not _WORKED.search(after[:40]):
            out.append(Answer("freshness", "proprietary", INFERRED, evidence))
            continue  # "a 2M-row interchange catalogue": the size of what must be looked up
        if _TIME_UNIT.match(after) or re.match(r"^\s?-\s?page|^\s?(or|to|-)\s?\w+ times\b", after, I):
            continue
        if _APPOSITION.search(text[max(0, a.start - 90):a.start]) and re.match(
                r"^\s?((documents?|docs|files|items|pieces|entries|records|of them|in (all|total)|total|altogether)\s?)?([.!?;,)]|$)", after, I):
            # "five elections' worth of past updates, about 15k.": the amount of the noun just named
            # ("three years of approved minutes, about 36 documents": a count of them, not a volume)
            out = [x for x in out if x.factor != "data"]
            out.append(_data_answer(a, evidence))
            continue
        if a.value < 1000 and _LABEL_SET.match(after):
            continue  # "14 toxicity labels", "5 support queues": the size of the label set, not a dataset
        if re.search(r"\b(tried|tested|ran|piloted|trialled|evaluated|checked)\b[^.!?]{0,25}\bon (about |around |~|just |only )?$|\b(on|in) a (small |quick )?(test|trial|sample|pilot)( set| run)? of (about |around |~|just |only )?$", text[max(0, a.start - 60):a.start], I):
            continue  # "we tried a prompt on 50 emails": a test run, not a dataset
        if re.match(r"^\s?(that |which )?(the |our |my )[\w-]+ (liked|approved|signed off|picked|loved|rated highly)\b", after, I):
            out.append(_data_answer(a, evidence))  # "maybe 30 the judges liked": examples someone vetted
            continue
        if re.match(r"^\s?(of )?new (codes|categories|labels|intents|classes|tags|types|fields)\b|^\s?(\w+ )?(additions|amendments|edits|new (terms|entries))\b", after, I):
            continue  # "a handful of new codes once a year": a change to the label set, not a volume
        if re.match(r"^\s?(senior |junior |in-house |full-time |part-time |staff )?(lawyers|people|staff|engineers|nurses|doctors|annotators|reviewers|editors|analysts|volunteers|teachers|agents|experts|specialists|paralegals|translators|moderators|employees|devs|developers|clinicians|coders)(?![\w-])", after, I):
            continue  # "our two lawyers have labelled 1,200 clauses": a headcount, not the data
        if re.match(r"^\s?([\w-]+ ){0,2}to (do|write|draft|produce|finish|get through|process|turn around|send)\b", after, I):
            continue  # "I'll have 60 reports to do before the fair": work to be done, not examples
        if _NOT_A_COUNT_BEFORE.search(before) or re.match(r"^\s?(\w+ )?(examples?|samples?)?\s?each\b", after, I):
            continue  # "drifts after a few hundred letters", "5-10 examples each"
        if re.search(r"\b(one|1|two|2|three|3) (in|out of)\s+$", before, I):
            continue  # "one in eight summaries breaks the template": a rate, not a count
        if _TRANSLATION_MEMORY.match(after) or re.search(r"\btranslation memor(y|ies) (of|with)\s+(about |around |roughly |~)?$", text[max(0, a.start - 45):a.start], I):
            out.append(_data_answer(a, evidence))
            continue  # "a 300,000-segment translation memory": aligned source and target pairs
        bracket = _IN_BRACKETS.search(text[max(0, a.start - 60):a.start])
        if bracket and _TUNED_ON_BEFORE.search(text[max(0, a.start - 100):a.start]):
            out.append(_data_answer(a, evidence))
            continue  # "we fine-tuned a model on our 2022 catalogue (about 9k product descriptions)": training data
        if bracket and a.value >= 50 and _CORPUS_SIZE.search(bracket.group("noun")) and not _WORKED.search(bracket.group(0)) and not re.match(r"^\s?(/|per |a |an |each |every )(day|week|month|year|hour)\b", after, I):
            out.append(Answer("freshness", "proprietary", INFERRED, evidence))
            continue  # "the national tariff schedule (~12k lines)": the size of a corpus
        if bracket and (_WORKED.search(bracket.group(0)) or _DATA_NOUN.match(" " + bracket.group("noun"))):
            # "3 seasons of coded reports (~150k incidents)", "editor-finalised rewrites (hundreds of thousands)"
            out = [x for x in out if x.factor != "data"]
            out.append(_data_answer(a, evidence))
            continue
        period = _PERIOD.match(after)
        if period and (_PROJECTED_BEFORE.search(text[max(0, a.start - 70):a.start]) or _PROJECTED_AFTER.match(after)):
            # "By next year it'll be around 400,000 notices a year", "5,000 a week is the projection
            # after the merger": tomorrow's volume, the mark of a phased plan, not today's
            out.append(Answer("timeline", "phased", INFERRED, evidence))
            continue
        growing = _GROWING.search(before)
        if period and ((growing and (strong_data or not growing.group(1).lower().startswith("add"))) or re.match(r"^\s?more\b", after, I)):
            # "About 800 approved commentaries so far, adding roughly 150 a month", "label 500 more every week"
            out.append(Answer("timeline", "phased", INFERRED, evidence))
            continue
        if period and focus == "data" and not re.search(r"\bfor (about |over |nearly |the (last|past) )?(\d+|[a-z]+) (years|decades)\b", after, I):
            # (not "two launches a day for 15 years": that is how the archive was filled)
            # "every edit is logged, so that grows by a few hundred a week": a growing dataset
            out.append(Answer("timeline", "phased", INFERRED, evidence))
            continue
        if period and re.match(r"^[^.;!?]{0,25}\b(labell?ed|annotated|examples|labels|annotations|samples|pairs|corrections)\b", after[:period.end()], I):
            # "300 more labels a month": a growing dataset, the mark of a phased plan
            out.append(Answer("timeline", "phased", INFERRED, evidence))
            continue
        between = after[:period.start(1) if period.group(1) else period.start(2)] if period else ""
        # "all three plants it's nearer nine thousand a day": the rate belongs to the nearer amount
        nearer = any(a.end < b.start < a.end + len(between) and not re.fullmatch(r"\s*(to|or|-|–|—)\s*", text[a.end:b.start])
                     for b in amounts)  # "thirty to fifty questions a day" is one range
        rate = period if period and not nearer and not _REQUIREMENT.search(between) and not _CHANGE_VERB.search(between) else None
        if not rate and (_VOLUME_NOUN.match(after) or re.match(r"^[^.;!?]{0,30}\b(transcripts|reports|letters|forms|applications|files|manuscripts|submissions)\b", after, I)):
            rate = _PERIOD_BEFORE.search(text[max(0, a.start - 40):a.start])  # "Every day arrive around 15 thousand messages"
        if rate and focus == "budget" and not _VOLUME_NOUN.match(after):
            out.append(Answer("budget", _budget_level(a.value), STATED, evidence))
            continue  # to "what budget?": "a few hundred a month" is money
        if rate and _FUTURE.search(before) and re.search(r"\b(within|by|in) (a|one|two|the next|next) (year|years|quarter)\b", after, I):
            out.append(Answer("timeline", "phased", INFERRED, evidence))  # "we expect 100k a month within a year"
        if rate:
            monthly = per_month(a.value, rate.group(1) or rate.group(2))
            out.append(Answer("volume", _volume_level(monthly), STATED, evidence, amount=monthly))
            continue
        future = _FUTURE.search(before) or re.match(r"^[^.;!?,]{0,40}\b(by (q[1-4]|next|the end|end of (the )?(year|quarter|month|summer|season)|(the )?(year|quarter|month)[- ]end)|within \w+ (months|weeks)|next (year|quarter)|over the (next|coming) (\w+ ){0,2}(months|weeks|quarters|year))\b", after, I)
        if future and not _PERIOD.match(after):
            out.append(Answer("timeline", "phased", INFERRED, evidence))
            continue
        if re.match(r"^\s?more\b[^.!?]{0,60}\b(need|needs|needing|once|after|when|waiting|being|to be)\b", after, I) and (strong_data or focus == "data"):
            # "about 2,000 pairs ready now; the archive has 50,000 more, but they need de-identifying first"
            out.append(Answer("timeline", "phased", INFERRED, evidence))
            continue
        if _CORPUS.search(before) and not re.match(r"^\s?(issued|published|approved|sent|signed|accepted|reviewed|graded|labell?ed|annotated)\b|^[^.;!?]{0,30}\b(paired|aligned|matched) (with|to)\b"
                                                   r"|^[^.;!?]{0,30}\bwith (the|their|its) (published|final|approved|edited|subbed|corrected|accepted|signed-off) "
                                                   r"|^\s?(pages|documents|files|sheets) of (certified|approved|verified|gold|finished|final|corrected|proofread)\b", after, I):
            out.append(Answer("freshness", "proprietary", INFERRED, evidence))
            continue
        if (re.search(r"\b((zero|one|few)[- ]shot|prompt)\b[^.!?]{0,50}$", text[max(0, a.start - 60):a.start], I) and re.match(r"^\s?(\w+ )?(examples?|shots?)\b(?! (of|from) (our|the|their) )", after, I)) or (
                re.search(r"\b(gpt[\w.-]*|claude|llama[\w.-]*|chatgpt|gemini|prompt\w*|the model|it) with\s+$", before, I) and re.match(r"^\s?(\w+ )?(examples?|shots?)\b(?! (of|from) (our|the|their) )", after, I)) or (
                re.search(r"\bwith (the |a |our )?[\w-]+ and\s+$", before, I) and re.match(r"^\s?(\w+ )?(examples?|shots?)\b", after, I)) or _PROMPT_SHOTS.search(text[max(0, a.start - 40):a.start]) or re.match(r"^\s?([\w-]+ ){0,2}(in|into) (the|our|a|my) (\w+ )?prompt\b", after, I) or (
                re.search(r"\bwith\s+$", before, I) and re.match(r"^\s?(\w+ )?(examples?|shots?),? (it|the model|gpt[\w.-]*|claude|results?) (was|were|got|did|gets|does|improved|went)\b", after, I)):
            continue  # "few-shot with 10 examples": the prompt's examples, not a dataset
        if _UNLABELLED.match(after):
            # "the vendor has millions of transcripts, unlabelled": not a training set; asked about
            # the data, "about 50k chat logs, not really labelled" says there are no labelled examples
            if focus == "data":
                out.append(Answer("data", "none", INFERRED, evidence))
            continue
        if (re.match(r"^\s?of (them|these|those)\s*([.;,!?]|$)", after, I)
                and _OF_THEM_DOCS.search(before) and not _WORKED.search(before)):
            # "standard response documents, about 1,200 of them": the documents counted, a corpus
            out.append(Answer("freshness", "proprietary", INFERRED, evidence))
            continue
        labelled = re.match(r"^\s?\+?\s?([\w]+[- ]){0,2}?(already |all |previously |manually |hand[- ])?(labell?ed|annotated|audited|approved|curated|reviewed|corrected|verified|validated|accepted|rated|graded|silver|gold|checked|vetted|cleaned|edited|proofread|certified|parsed|keyed|classified|categori[sz]ed|scored|marked|identified|matched|mapped|"
                            r"written|coded|tagged|transcribed|completed|correct|consented|signed[- ]off|issued|drafted|produced|filed|abstracted)\b", after, I)
        worked_on = bool(labelled or _BY_HAND.match(after) or (_HAVE.search(before) and re.match(r"^\s?of them\b", after, I)) or re.search(r"\b(labell?ed|annotated|training|gold|eval(uation)?) ?(set|dataset|data)( is| are| was|:)?\s+(about |around |roughly |~|now |actually )?$", before, I) or _LABELLED_ON.search(before) or _LABELLED_SO_FAR.search(text[max(0, a.start - 160):a.start]) or _CODED_BEFORE.search(before) or _TO_LEARN_FROM.match(after))
        if ((_DATA_NOUN.match(after) and (not _DOC_NOUN.match(after) or (focus == "data" and not _DATA_NONE.search(text)
                                                                                   and not re.match(r"^\s?(of )?(docs|documents|pdfs|files|manuals)\s*([.;!?]|$)", after, I))) and not _ORG_NOUN.match(after)
                and not (focus == "volume" and not _HAVE.search(before))) or worked_on):
            # "Five standard forms make up 85%... we have 12,000 keyed-in examples": an amount that is
            # said to be had, or worked on, outweighs one that merely counts things
            strong = worked_on or bool(_HAVE.search(before)) or bool(re.match(r"^\s?(past|historical|previous|archived|completed|closed|resolved)\b", after, I))
            if _ONLY_BEFORE.search(before):
                # "of those 6,000 narratives only about 60 went through review": the usable amount
                out, only_data = [x for x in out if x.factor != "data"], True
            elif only_data or (not strong and strong_data):
                continue
            elif strong and not strong_data:
                out = [x for x in out if x.factor != "data"]
            strong_data = strong_data or strong
            out.append(_data_answer(a, evidence))
            if re.match(r"^[^.;!?]{0,40}?(\band|,) (still |steadily |fast |quickly )?(growing|counting|rising|climbing)\b", after, I):
                # "we're at ~5k and growing": a dataset still being filled, the mark of a phased plan
                out.append(Answer("timeline", "phased", INFERRED, evidence))
            continue
        if (_DOC_NOUN.match(after) or _CORPUS_ITEMS.match(after)) and a.value >= 50 and re.search(r"\b(could|would|might|will) be\s+(up to\s+)?$", before, I):
            continue  # "if it takes off it could be millions of pages": a future volume, not a library
        if (_DOC_NOUN.match(after) or _CORPUS_ITEMS.match(after)) and a.value >= 50:
            out.append(Answer("freshness", "proprietary", INFERRED, evidence))
            continue  # "ninety thousand digitised, OCR'd council minutes": a corpus
        if _VOLUME_NOUN.match(after):
            out.append(Answer("volume", _volume_level(a.value), INFERRED, evidence, amount=a.value))
            continue
        if _HAVE.search(before) and re.match(r"^\s?[+]?\s?(?:[\w-]+\s){0,2}[a-z-]+s\b", after, I) and not _DOC_NOUN.match(after) and not _ORG_NOUN.match(after):
            out.append(_data_answer(a, evidence, INFERRED))
            continue
        if _HAVE.search(before) and re.match(r"^\s?(of (them|these|those)\s?)?([.!?;,)]|$)", after, I) and _DATA_WORD.search(text):
            # "typed up, we have maybe forty.": a bare amount that is had, in a message about data
            out.append(_data_answer(a, evidence))
            continue
        if taken_data and re.search(r"\b(it'?s|it is|more like|nearer|closer to|really|actually|only)\s+(about |around |roughly |~|just )?$", before, I):
            out.append(_data_answer(a, evidence))
        elif focus == "data":
            out.append(_data_answer(a, evidence))
        elif focus == "volume":
            out.append(Answer("volume", _volume_level(a.value), STATED, evidence, amount=a.value))
        elif focus == "budget":
            out.append(Answer("budget", _budget_level(a.value), STATED, evidence))
    return out


_SCORE = re.compile(r"\b(prompt\w*|few[- ]shot|zero[- ]shot|base model|baseline|gpt[\w.-]*|the model|it)\b[^.!?]{0,50}?"
                    r"\b(\d{2}(?:\.\d+)?)\s?%", I)
_SHORTFALL = re.compile(r"[^.!?]{0,15}?(\bbut\b|\band\b|\bwith\b|;|,|\u2013|\u2014| - )[^.!?]{0,40}?\b(mix\w* up|confus\w*|tripp\w*|trips? (it|them) up|miss\w*|wrong|errors?|mistakes?|fail\w*|struggl\w*|hallucinat\w*|invent\w*|made up|makes up|garbl\w*|drop\w*|break\w*|not (good )?enough)\b", I)
_TARGET = re.compile(r"\b(target|goal|need|needs|require[sd]?|bar|threshold|sla)\b[^.!?\d]{0,25}?(100|\d{2}(?:\.\d+)?)\s?%?", I)


def _score_against_target(text: str) -> Answer | None:
    """A prompting score and a target a sentence or two apart: below target is a plateau.

    With several scores ("zero-shot 64%; with examples 93%, and we need 90%") the one nearest
    before the target counts. With no target, a score well short of any usable bar (at most
    75%: "with a careful prompt we score 69%") is a plateau and one of 90% or more is good."""
    score = _SCORE.search(text)
    if not score:
        return None
    target = _TARGET.search(text, score.end())
    if not target or target.start() - score.end() > 120:
        got = float(score.group(2))
        but = re.match(r"[^.!?]{0,40}\b(but|though|although|except)\b", text[score.end():], I)
        if not target and (got <= 75 or (got >= 90 and not but)):
            return Answer("baseline", "plateau" if got <= 75 else "good", INFERRED, score.group(0).strip())
        if not target and got < 90 and _SHORTFALL.match(text, score.end()):
            # "got around 80% and mixed up similar species": a middling score with its failures named
            return Answer("baseline", "plateau", INFERRED, score.group(0).strip())
        return None
    for later in _SCORE.finditer(text, score.end()):
        if later.end() <= target.start():
            score = later
    got, want = float(score.group(2)), float(target.group(2))
    evidence = text[score.start():target.end()].strip()
    # within a point or so of the bar ("94.2%; our target is 95%"), prompt iteration closes the gap
    return Answer("baseline", "plateau" if got < want - 1.5 else "good", STATED, evidence)


# Short replies to the question just asked.
_SHORT: dict[str, list[tuple[str, str]]] = {
    "data": [(r"no(ne|pe)?|zero|nothing|0|not (really|yet|any)", "none"), (r"yes|some|a (few|bit)|little", "few"),
             (r"lots|plenty|tons|a lot|loads", "large")],
    "budget": [(r"no(ne)?|nothing|zero|small|tiny|low|little|limited|tight|not much", "low"),
               (r"medium|moderate|average|some|reasonable|ok(ay)?|mid|mid-?sized?|middling", "moderate"),
               (r"big|large|high|plenty|lots|generous|a lot|unlimited|yes|significant|substantial|serious|deep pockets|healthy|comfortable|ample", "high")],
    "timeline": [(r"soon(ish)?,? but not (urgent|in a rush|a rush)|not urgent,? but soon(ish)?", "normal"),
                 (r"asap|now|soon|urgent|yesterday|days?|this week|quickly|fast", "urgent"),
                 (r"weeks|a month|months|a few months|normal|moderate", "normal"),
                 (r"no rush|whenever|later|long|no deadline|not urgent|next year|(about |around |within )?(a|one|two) years?( or (so|two))?|12 months", "long")],
    "accuracy": [(r"very|extremely|critical|crucial|vital|essential|top priority|yes|absolutely", "critical"),
                 (r"(quite|pretty|fairly|really) important|high|important|quite|pretty important|fairly", "high"),
                 (r"medium|moderate|somewhat|average|so-so", "moderate"),
                 (r"low|not (very|really|much|that)|no|rough|meh|not critical", "low")],
    "domain": [(r"no|not really|general|generic|broad|not at all", "general"),
               (r"somewhat|a bit|a little|moderately|kind of|sort of|yes", "specialized"),
               (r"very|highly|extremely|deeply", "highly")],
    "change": [(r"no|never|rarely|stable|fixed|not (really|often|much)|seldom", "stable"),
               (r"sometimes|occasionally|now and then|a bit|quarterly|yearly|once in a while", "occasional"),
               (r"yes|often|a lot|constantly|weekly|daily|monthly|frequently|all the time|every (week|day|month|sprint)", "frequent")],
    "volume": [(r"low|few|small|not much|little|tiny|dozens?", "low"), (r"medium|moderate|some|average", "moderate"),
               (r"high|lots|huge|massive|a lot|tons|millions", "high")],
    "privacy": [(r"no(pe)?|not really|none|public|nothing sensitive|no constraints", "standard"),
                (r"yes|some|sensitive|a bit|somewhat|confidential|pii", "sensitive"),
                (r"on[- ]?prem\w*|local|self[- ]hosted|must stay|in[- ]house", "on_prem")],
    "expertise": [(r"no(ne|pe)?|nobody|zero|not really|nothing|little|beginners?", "none"),
                  (r"some|a bit|a little|basic|moderate|junior", "some"),
                  (r"yes|lots|strong|expert|experts|experienced|plenty|senior", "strong")],
    "baseline": [(r"no(pe)?|not yet|nothing|never|haven'?t", "untried"),
                 (r"yes,? (it'?s |it is )?(good|great|fine|ok|okay)|it works|good|great|fine|works", "good"),
                 (r".{0,60}\b(it'?s|it is|it was|was|is) (ok|okay|alright|fine|decent)\b(?![^.!?]{0,60}\b(but|except|until|though|although)\b)", "good"),
                 (r"yes,? but|not good|bad|poor|meh|mediocre|plateau\w*|not enough", "plateau")],
    "freshness": [(r"(mostly |largely |basically )?no(pe)?|not really|mostly not|none|static", "static"), (r"yes|our docs|documents|private|(very |really |extremely |super )?(important|crucial|essential|vital|critical)", "proprietary"),
                  (r"changes?|often|weekly|daily|constantly", "changing"), (r"cite|citations?|sources?", "cite")],
    "style": [(r"no(pe)?|none|not really|doesn'?t matter|whatever", "none"), (r"format|json|template|structure", "format"),
              (r"yes|voice|tone|brand|style", "voice")],
}
_UNSURE = re.compile(r"(not sure|no idea|don'?t know|dunno|idk|unsure|no clue|hard to say|can'?t say)\b")
#: A question without its "?": a question word, or an auxiliary followed by its subject ("would it
#: help", "is LoRA"), not an auxiliary that starts a statement ("would be lovely to use it on Sunday").
_QUESTION_START = re.compile(
    r"^\s*(what|what's|whats|how|why|which|who|where|explain|tell me|define|describe)\b"
    r"|^\s*(is|are|can|could|does|do|should|would|will|when|isn'?t|aren'?t|doesn'?t|don'?t|can'?t|couldn'?t|wouldn'?t|shouldn'?t|won'?t)\s+(i|you|we|they|it|this|that|these|those|there|the|a|an|my|our|your|their|~?\d[\d,.]*k?|"
    r"he|she|fine[- ]?tun\w*|rag|lora|qlora|prompt\w*|retrieval|llms?|models?|gpt[\w.-]*|one|people|teams?|anyone|\w+ing)\b", I)


def _short_reply(text: str, focus: str) -> Answer | None:
    clean = re.sub(r"[^\w' -]+", " ", text.lower()).strip()
    for option in FACTORS[focus].options:
        if clean == re.sub(r"[^\w' -]+", " ", option.label.lower()).strip():
            return Answer(focus, option.value, STATED, text.strip())
    if _UNSURE.match(clean):
        return None
    raw = text.lower().strip()
    for pattern, value in _SHORT.get(focus, []):
        if re.match(rf"(?:{pattern})(?:\s+(?:now|yet|so far|at the moment|today|for now))?\s*[,.!;:\u2013\u2014-]", raw) or re.fullmatch(rf"(?:{pattern})(?:[ .!]*|[ ]*[,.!;:-]+ .*)", clean) or (
                len(clean.split()) <= 6 and re.fullmatch(rf"(?:{pattern})(?:[ ,.!]+.*)?", clean)):
            return Answer(focus, value, STATED, text.strip())
    return None


#: What a plain "no" means to the knowledge and privacy questions.
_PLAIN_NO = {"freshness": "static", "privacy": "standard"}
#: Factors whose replies are levels ("High.", "Low.") rather than facts.
_LEVELS = ("accuracy", "domain", "change", "volume", "budget")

_DATA_NONE = next(p for f, v, _, p in RULES if (f, v) == ("data", "none"))

#: The first pattern of each (factor, value), for checks that combine rules.
_PATTERN = {}
for _f, _v, _s, _p in RULES:
    _PATTERN.setdefault((_f, _v), _p)


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")


def _sentences(text: str) -> list[str]:
    return _SENTENCE_BREAK.split(text)


def _same_sentence(text: str, a: str, b: str) -> bool:
    """Whether ``b`` shares a sentence with ``a`` (or, when ``a`` spans two, with a part of it)."""
    parts = [p for p in _sentences(a) if len(p) > 10]
    return any(b in s and any(p in s for p in parts) for s in _sentences(text))


def read(text: str, focus: str | None = None) -> Reading:
    """Read one message; ``focus`` is the factor the advisor has just asked about."""
    text = text[:20_000]
    found: dict[str, Answer] = {}
    quotes = list(_QUOTE.finditer(text))
    amounts = _amount_findings(text, focus, [(q.start(), q.end()) for q in quotes if "?" in q.group(0)])
    # "'what's in bloom this week' is the number one question": a quoted example is not a deadline
    unquoted = _QUOTE.sub(lambda q: " " * len(q.group(0)), text)
    for answer in amounts:
        if answer.factor != "freshness":  # a number of pages hints at knowledge; words say more
            if answer.factor in found and found[answer.factor].source == INFERRED and answer.source == STATED:
                found[answer.factor] = answer  # "with 9 fixed fields ... 60k outputs accepted": the stated amount
            found.setdefault(answer.factor, answer)
    for factor, value, source, pattern in RULES:
        if factor in found and not (found[factor].source == INFERRED and found[factor].value == value and source == STATED):
            continue  # (an amount's guess that the words then state, "we'd build up a few thousand ... over the next year", is stated)
        m = pattern.search(unquoted if factor == "timeline" and focus != "timeline" else text)
        if m:
            src = STATED if factor == focus else source
            found[factor] = Answer(factor, value, src, m.group(0).strip())
    for answer in amounts:
        found.setdefault(answer.factor, answer)
    # "write descriptions for ~8 million listings ... No labelled data": the items to process are
    # not a dataset when the user says there are no labels.
    if found.get("data") and found["data"].amount is not None and focus != "data":
        m = _DATA_NONE.search(text)
        if m and re.search(r"\b(scratch|forget|ignore|disregard|wrong about|not true|take back|i said|what i said)\b[^.!?]{0,25}$", text[:m.start()], I):
            m = None  # "scratch that about no data - we have 6,000 past quotes": the "no data" is taken back
        if m and not _WORKED.search(found["data"].evidence.replace(m.group(0), "")):
            found["data"] = Answer("data", "none", STATED, m.group(0).strip())
    # "100k transcripts tagged under an old taxonomy we scrapped": labels no model should learn from
    if found.get("data") and found["data"].amount is not None and (m := _UNUSABLE.search(text)):
        found["data"] = Answer("data", "none", STATED, m.group(0).strip())
    answered = focus in found
    if focus and not answered:
        short = _short_reply(text, focus)
        if short:
            found[focus] = short
    if focus in _PLAIN_NO and re.match(r"\s*(no|nope|not really)\b[^.!?]*[.!]?\s*$|\s*(no|nope|not really)\s*[.!]|.*\b(otherwise|apart from that|beyond that|other than that),? no\b", text, I) and not re.search(r"\bbut\b", text, I):
        found[focus] = Answer(focus, _PLAIN_NO[focus], STATED, text.strip())  # "No, it doesn't need live info": the rest explains the no
    elif focus in _LEVELS and answered and found[focus] not in amounts:  # a number the user gave outranks a word
        # "High. ... a wrong outcome would be embarrassing": a reply that opens with a level is that level
        lead = re.match(r"\s*(?!(?:no|yes|nope|yeah|yep|not)\b)((?:very |quite |pretty |fairly |really )?\w+)\s*[.,!;:]", text, I)
        short = lead and _short_reply(lead.group(1), focus)
        if short:
            found[focus] = short
    # "A stable core, but the edges change": both rules fire on one message.
    if found.get("change") and found["change"].value == "stable":
        stable_m = _PATTERN["change", "stable"].search(text)
        m = next((x for x in _PATTERN["change", "frequent"].finditer(text)
                  if (not stable_m or x.end() <= stable_m.start() or x.start() >= stable_m.end())
                  and not ("(" in x.group(0) and ")" not in x.group(0))), None)  # "fields (diagnoses, medication changes": a field
        if not m and stable_m:  # "categories that haven't changed in years, but every week there's a 'hot issue' list"
            m = _PATTERN["change", "frequent"].search(text, stable_m.end())
        if m and not _TASK_UNCHANGED.search(text):
            found["change"] = Answer("change", "mixed", STATED, f"{found['change'].evidence} ... {m.group(0)}")
    # "new brands get added but the task itself doesn't change": what is added is not the task
    if found.get("change") and found["change"].value == "mixed" and (m := _TASK_UNCHANGED.search(text)):
        found["change"] = Answer("change", "stable", STATED, m.group(0))
    # "generate quiz questions from whatever notes a student uploads": questions the model writes
    if found.get("task") and found["task"].value == "qa_docs":
        ev = found["task"].evidence
        if re.match(r"(questions?|quiz\w*)\b", ev, I) and _WRITES_BEFORE.search(text[:text.find(ev)]):
            found["task"] = Answer("task", "generation", STATED, ev)
    # "Parse commands into intents, and also answer questions from the manual": two jobs, one message.
    if found.get("task") and found["task"].value == "qa_docs" and focus in (None, "task"):
        qa = _PATTERN["task", "qa_docs"].search(text)
        for key in ("classification", "extraction"):
            m = next((x for x in _PATTERN["task", key].finditer(text)
                      if qa and (x.end() <= qa.start() or x.start() >= qa.end()) and _NARROW.search(x.group(0))
                      and not re.search(r"\b(about|on|regarding|around)\s+([\w-]+\s+){0,2}$", text[:x.start()], I)), None)
            if m:
                found["task"] = Answer("task", "qa_plus", STATED, f"{m.group(0).strip()} ... {qa.group(0).strip()}")
                break
        else:
            # "ask about procedures from the manuals, and also write repair logs in the client's rigid format"
            m = _SECOND_JOB.search(text)
            if m and qa and (m.end() <= qa.start() or m.start() >= qa.end()) and found.get("style") and found["style"].value == "format":
                found["task"] = Answer("task", "qa_plus", STATED, f"{m.group(0).strip()} ... {qa.group(0).strip()}")
    # A reply to another question does not redefine the task ("...a few thousand emails a month").
    if focus and focus != "task":
        found.pop("task", None)
    if found.get("timeline") and found["timeline"].value == "urgent" and focus != "timeline":
        at = text.find(found["timeline"].evidence)
        if at > 0 and re.search(r"\b((ask|asks|asking|asked) (us |me |the office |staff |the bot |it )?(whether|if|what|when|how|where|which|about)|wondering (whether|if)|questions? like)\b[^.!?]{0,80}$", text[:at], I):
            del found["timeline"]  # what users ask about ("whether a closure applies this week") is not our deadline
    # "Fast now, bigger later" is a phase plan even when a deadline was found first.
    if found.get("timeline") and found["timeline"].value != "phased":
        m = _PATTERN["timeline", "phased"].search(text)
        future = [a for a in amounts if a.factor == "timeline" and a.value == "phased"]
        if m or future:
            found["timeline"] = Answer("timeline", "phased", STATED, m.group(0) if m else future[0].evidence)
    # "Zero examples today, but we can build a few thousand in six weeks": in a phased plan the
    # missing data is a "not yet", which the phase plan already weighs, not a reason never to tune.
    if (found.get("timeline") and found["timeline"].value == "phased" and found.get("data")
            and found["data"].value in ("none", "few") and focus != "data" and (_NOT_YET.search(text) or _DATA_TO_COME.search(text))):
        del found["data"]
    # "The policy changes monthly, but it's a one-page sheet", "only this week's result, which I'd
    # give it": knowledge the user hands over with each request needs no retrieval.
    if (found.get("freshness") and found["freshness"].value in ("changing", "proprietary") and focus in (None, "freshness")) or (
            focus == "freshness" and not found.get("freshness")):
        m = _SUPPLIED.search(text)
        if m:
            found["freshness"] = Answer("freshness", "static", STATED, m.group(0).strip())
    elif found.get("freshness") and found["freshness"].value in ("changing", "proprietary") and _SUPPLIED.search(text):
        del found["freshness"]  # to another question, "a prompt with our policies writes OK replies": the policies are in the prompt
    # "Write our match reports": documents the model writes are its output, not knowledge it needs.
    if found.get("freshness") and found["freshness"].value == "proprietary" and focus != "freshness":
        ev = found["freshness"].evidence
        docs = list(_OUTPUT_DOCS.finditer(text)) + list(_OUTPUT_DOCS_PASSIVE.finditer(text))
        if (any(ev in m.group(0) or m.group(0) in ev for m in docs)
                # "manuals have to be in Simplified Technical English": the manuals are written too
                or any(re.search(rf"\b{m.group(1)}\b", ev, I) for m in _OUTPUT_RULE.finditer(text))
                # "we write the market report ... we have decades of past reports": past outputs are examples
                or any(re.search(rf"\b{re.escape(m.group('noun').rstrip('s'))}s?\b", ev, I) for m in docs)
                # "Code our anomaly reports": documents the model classifies or reads fields from are its input
                or (found.get("task") and found["task"].value in ("classification", "extraction") and (
                    ev in found["task"].evidence or _same_sentence(text, ev, found["task"].evidence)))
                # "rewriting my 12-page rules doc": the document rewritten is the input, not knowledge
                or (found.get("task") and found["task"].value == "transform" and re.search(
                    rf"{re.escape(found['task'].evidence)}\s+((my|our|the|this|their|a|an)\s+)?{re.escape(ev)}", text, I))):
            del found["freshness"]
    # "safety instructions translated into Polish, maybe 20 pages total": pages to transform are the input
    if (found.get("freshness") and found["freshness"].value == "proprietary" and focus != "freshness" and found.get("task")
            and found["task"].value == "transform" and re.fullmatch(r"\d[\d,.]*\s?(k|m|thousand|million)?(-?ish)?[- ]pages?", found["freshness"].evidence, I)):
        del found["freshness"]
    # "Prompting gets 85%; the target is 95%": the numbers decide between plateau and good.
    score = _score_against_target(text)
    # A measured score outranks "we haven't tried the Q&A" (which is about another part of the job).
    untried = bool(found.get("baseline")) and found["baseline"].value == "untried"
    if score and (focus != "baseline" or not found.get("baseline") or untried) and (not found.get("baseline") or untried or (
            found["baseline"].value in ("good", "plateau") and score.source == STATED)):
        found["baseline"] = score
    # "Our prompt is only about 300 tokens ... wants us to fine-tune to cut the cost": a short
    # prompt leaves tuning no prompt cost to save, so the cost is not a reason to tune.
    if found.get("baseline") and found["baseline"].value == "costly" and focus != "baseline" and _SHORT_PROMPT.search(text) and (
            not re.search(r"\b(latency|slow)", found["baseline"].evidence, I)):
        good = _PATTERN["baseline", "good"].search(text)
        if good:
            found["baseline"] = Answer("baseline", "good", STATED, good.group(0).strip())
        else:
            del found["baseline"]
    # "need them for 3,000 SKUs, refreshed every season": the outputs are redone, the knowledge is not changing
    if found.get("freshness") and found["freshness"].value == "changing" and focus != "freshness":
        m = re.search(r"\b(need|want|write|produce|generate)\w* (them|these|descriptions|copy|texts?)\b[^.!?]{0,60}\b(refreshed|updated|rewritten|redone)\b", text, I)
        if m and found["freshness"].evidence in m.group(0) + text[m.end():m.end() + 20]:
            del found["freshness"]
    # "about eleven thousand new filings arrive each week": new items to process are volume, not knowledge
    if (found.get("freshness") and found["freshness"].value == "changing" and focus != "freshness"
            and not (found.get("task") and found["task"].value in ("qa_docs", "qa_plus"))
            and any(a.factor == "volume" and found["freshness"].evidence in a.evidence for a in amounts)
            and re.search(r"(\d|thousand|hundred|million|\bk)\s+" + re.escape(found["freshness"].evidence), text, I)):
        del found["freshness"]
    # A requirements change is not a knowledge change ("the brief changes every week").
    if found.get("freshness") and found["freshness"].value == "changing" and found.get("change"):
        if (found["change"].value == "frequent" and _REQUIREMENT.search(found["change"].evidence)
                and (not _KNOWLEDGE.search(found["freshness"].evidence) or _REQUIREMENT_OF.search(found["freshness"].evidence))):
            del found["freshness"]
            # "...and customers want to see the clause": another knowledge need the same message states
            for value in ("cite", "proprietary"):
                if m := _PATTERN["freshness", value].search(text):
                    found["freshness"] = Answer("freshness", value, STATED if focus in (None, "freshness") else INFERRED, m.group(0).strip())
                    break
    # "a stable rubric, plus each campaign's own rules that change monthly": the rules are the task's edge
    if (found.get("freshness") and found["freshness"].value == "changing" and found.get("change") and found["change"].value == "mixed"
            and re.search(r"\b(rules|criteria|rubrics?)\b", found["freshness"].evidence, I) and not (found.get("task") and found["task"].value in ("qa_docs", "qa_plus"))):
        del found["freshness"]
    # "12,000 pages of briefings on the drive. What I actually need is to turn drafts into plain English": set aside
    if found.get("freshness") and found["freshness"].value == "proprietary" and focus != "freshness":
        aside = re.search(r"\bwhat (i|we) ((actually|really) (need|want)\b|(need|want) is\b)", text, I)
        if aside and 0 <= text.find(found["freshness"].evidence) < aside.start():
            del found["freshness"]
    # "the lore changes weekly during development": the work in progress changes, not facts to look up
    if (found.get("freshness") and found["freshness"].value == "changing" and focus != "freshness"
            and re.search(r"\b(during|in) (development|pre-?production|the design phase|prototyping)\b", text, I)):
        found["change"] = found.get("change") or Answer("change", "frequent", STATED, found["freshness"].evidence)
        del found["freshness"]
    # "product still changes the output schema every two sprints": what changes is the task's shape.
    if found.get("freshness") and found["freshness"].value == "changing":
        ev = found["freshness"].evidence
        if re.search(r"\bschemas?\b", ev, I) and (re.search(r"\b(output|json|response|report) schemas?\b", text, I)
                                                  or not re.search(r"\b(database|db|tables?|sql|warehouse)\b", text, I)):
            found["change"] = found.get("change") or Answer("change", "frequent", STATED, ev)
            del found["freshness"]
    # Questions over documents, and "it changes every semester": what changes is the knowledge.
    if (found.get("task") and found["task"].value == "qa_docs" and not found.get("freshness") and found.get("change")
            and found["change"].value == "frequent" and not _REQUIREMENT.search(found["change"].evidence)
            and focus not in ("change", "freshness")):
        found["freshness"] = Answer("freshness", "changing", STATED, found.pop("change").evidence)
    # To the change question, "the typologies get updated every month" is about the task, unless what
    # changes is knowledge ("the price list gets updated every month").
    if focus == "change" and found.get("freshness") and found["freshness"].value == "changing":
        ev = found["freshness"].evidence
        sentence = next((x for x in _sentences(text) if ev in x), text)
        if found.get("change") and found["change"].value != "frequent":
            del found["freshness"]  # "codes are fixed by the policy wording and revised every few years"
        elif not _KNOWLEDGE.search(sentence[:sentence.find(ev)] + ev) or re.search(r"\bschemas?\b", ev, I):
            # ("the schema changes monthly as we add categories": to this question, the output's shape)
            found["change"] = found.get("change") or Answer("change", "frequent", STATED, ev)
            del found["freshness"]
    # To the knowledge question, "approvals and labels change every season" is about the knowledge.
    if focus == "freshness" and not found.get("freshness") and found.get("change") and found["change"].value == "frequent" and (
            not _TASK_WORD.search(found["change"].evidence)):
        found["freshness"] = Answer("freshness", "changing", STATED, found.pop("change").evidence)
    # A knowledge change is not a requirements change ("docs change weekly").
    if found.get("freshness") and found["freshness"].value == "changing" and found.get("change"):
        if found["change"].value == "frequent" and not _REQUIREMENT.search(found["change"].evidence):
            del found["change"]
    # "a pass/fail plus rule number": the rule's number is a label the model gives, not a source it cites.
    if (found.get("freshness") and found["freshness"].value == "cite" and re.search(r"\brule[- ]?numbers?\b", found["freshness"].evidence, I)
            and re.search(r"\b(pass/fail|pass or fail|verdict|approve/reject|a label|a flag)\b[^.!?]{0,10}\b(plus|and|with) (the |a )?rule[- ]?numbers?\b", text, I)):
        del found["freshness"]
    # A model tuned to know documents (and still making facts up) failed at knowledge, not behaviour.
    if found.get("baseline") and found["baseline"].value == "tuned":
        m = _TUNED_ON_FACTS.search(text)
        if m:
            found["baseline"] = Answer("baseline", "tuned_facts", STATED, m.group(0).strip())
    # Field shorthand quoted in the message is domain jargon.
    if "domain" not in found and focus in (None, "domain"):
        for q in quotes:
            caps = _CAPS_TOKEN.findall(q.group(0))
            if len(caps) >= 3 or (len(caps) >= 2 and not q.group(0).isupper()):
                found["domain"] = Answer("domain", "specialized", INFERRED, q.group(0))
                break
    # A style the prompt already gets right is not a reason to tune for it, and when what the
    # prompt still gets wrong is facts, the shortfall is knowledge (retrieval), not behaviour.
    if found.get("style") and found["style"].value != "none" and focus != "style":
        m = _STYLE_SOLVED.search(text)
        if m:
            found["style"] = Answer("style", "none", STATED, m.group(0).strip())
            fail = _FACT_FAILURE.search(text)
            if fail and found.get("baseline") and found["baseline"].value == "plateau" and focus != "baseline":
                found["baseline"] = Answer("baseline", "good", STATED, f"{m.group(0).strip()} ... {fail.group(0).strip()}")
    # "General models ... mix up doses between formulations": what the base model gets wrong is
    # facts it does not have, so it is knowledge the answers need, not a plateau to train past.
    if found.get("baseline") and found["baseline"].value == "plateau" and focus in (None, "baseline"):
        sentence = _sentence_of(text, found["baseline"].evidence)
        if _FACTS_WRONG.search(sentence) and not _BEHAVIOUR.search(sentence):
            del found["baseline"]
            found.setdefault("freshness", Answer("freshness", "proprietary", INFERRED, _FACTS_WRONG.search(sentence).group(0)))
    # "works great when the right page is in there, useless otherwise": the prompt is fine, what
    # it lacks is the page, which is retrieval's job, not a base model that already does well.
    if found.get("baseline") and found["baseline"].value == "good" and focus in (None, "baseline") and (m := _WORKS_WITH_CONTEXT.search(text)):
        del found["baseline"]
        found.setdefault("freshness", Answer("freshness", "proprietary", INFERRED, m.group(0).strip()))
    asks = asked_questions(text)
    is_question = text.rstrip().endswith("?") or bool(_QUESTION_START.match(text)) or bool(asks)
    return Reading(list(found.values()), is_question, asks)


#: Openers before a question: "quick q,", "also", "oh and", "btw".
_LEAD_IN = re.compile(r"^\s*((quick (q|question|one)|also|and|but|so|ok(ay)?|hmm+|btw|by the way|oh( and)?|one (more )?thing|sorry|question)\b\s*[,:;\u2013\u2014-]?\s*)+", I)
#: An auxiliary and its subject inside a sentence: "if we fine-tune it, does it forget ...?"
_AUX_SUBJECT = re.compile(r"[,;:]\s*(is|are|does|do|did|can|could|should|would|will|has|have)\s+(it|this|that|we|i|you|they|there|the|a|an|our|my)\b", I)


def _sentence_of(text: str, evidence: str) -> str:
    """The sentence of ``text`` that holds ``evidence`` (or its start); the whole text if none does."""
    at = text.find(evidence.strip()[:30])
    if at < 0:
        return text
    start = max(text.rfind(c, 0, at) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, at + 1) for c in ".!?\n") if i >= 0]
    return text[start:min(ends) if ends else len(text)]


def asked_questions(text: str) -> str:
    """The sentences of ``text`` that ask something; "About 300?" or "20k?" asks nothing."""
    out = []
    for sentence in re.findall(r"[^.!?\n]*\?", text):
        core = _LEAD_IN.sub("", sentence).strip()
        if _QUESTION_START.match(core) or _AUX_SUBJECT.search(core):
            out.append(core)
    return " ".join(out)
