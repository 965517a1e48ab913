"""What the web chat's page carries besides its HTML: the style sheet, the page script, and the
small scripts that Gradio events run in the browser."""

CSS = """
.answer-text { position: relative; line-height: 1.55; margin: 0 0 .4em 0; }
a.cite { text-decoration: none; font-weight: 600; white-space: nowrap;
  color: var(--link-text-color, var(--color-accent)); }
a.cite .cite-tip { display: none; position: absolute; left: 0; right: 0; top: 100%; z-index: 50;
  padding: .5em .7em; border-radius: 6px; font-weight: 400; white-space: normal;
  background: var(--background-fill-primary); color: var(--body-text-color);
  border: 1px solid var(--border-color-primary); box-shadow: 0 4px 14px rgba(0,0,0,.18); }
a.cite:hover .cite-tip, a.cite:focus .cite-tip { display: block; }
/* A touch screen has no hover: a tap goes to the source card, and a preview would only be cut
   off at the bottom of the chat. */
@media (hover: none) { a.cite:hover .cite-tip, a.cite:focus .cite-tip { display: none; } }
.sources-label { font-size: .85em; font-weight: 600; opacity: .75; margin: .6em 0 .3em 0; }
.source-card { border: 1px solid var(--border-color-primary); border-radius: 8px;
  padding: .5em .75em; margin: .4em 0; }
.source-card.cited { outline: 3px solid var(--color-accent); }
.source-head { font-size: .85em; opacity: .85; }
.source-outlet { font-weight: 700; }
.source-title { font-weight: 600; font-size: .95em; margin: .15em 0; }
blockquote.source-passage { margin: .3em 0; padding-left: .6em; font-size: .92em;
  border-left: 3px solid var(--border-color-primary); }
mark.quote { background: #fde68a; color: #111; padding: 0 .1em; border-radius: 2px; }
details.whole-article summary { cursor: pointer; font-size: .85em; }
.article-body { font-size: .92em; line-height: 1.5; max-height: 28rem; overflow-y: auto;
  padding: .4em 0; }
.article-view .article-body { max-height: none; }
.notice { font-size: .9em; opacity: .85; }
.answer.abstained > .answer-text { font-style: italic; }
/* Narrow screens: Gradio sizes the Coverage columns as shares of the table's width, so the table
   keeps a readable width and scrolls sideways. */
@media (max-width: 900px) {
  #coverage .table-wrap, #coverage .upload-container { overflow-x: auto; }
  #coverage .virtual-table-viewport { min-width: 56rem; }
}
"""

# The page's own script (``launch(head=...)``). A citation [n] scrolls the chat, and only the
# chat, to its card. Gradio sets each chat bubble's aria-label to the message's raw HTML (it has
# no option to turn that off): the label becomes the message's visible text.
HEAD = """<script>
(() => {
  if (window.assistantPage) return;  // Gradio adds the head again when the page reloads
  window.assistantPage = true;
  const scroller = (node) => {
    for (let box = node.parentElement; box && box.id !== 'chat'; box = box.parentElement) {
      const overflow = getComputedStyle(box).overflowY;
      const scrolls = overflow === 'auto' || overflow === 'scroll';
      if (scrolls && box.scrollHeight > box.clientHeight) return box;
    }
    return null;
  };
  document.addEventListener('click', (event) => {
    const link = event.target.closest && event.target.closest('#chat a.cite');
    const card = link && document.getElementById(link.hash.slice(1));
    const box = card && scroller(card);
    if (!box) return;
    event.preventDefault();
    const below = 32;  // clear of the chat's own buttons, top right
    box.scrollTop += card.getBoundingClientRect().top - box.getBoundingClientRect().top - below;
    document.querySelectorAll('#chat .cited').forEach((other) => other.classList.remove('cited'));
    card.classList.add('cited');
    card.focus({preventScroll: true});
  });
  const BUBBLE = '#chat [data-testid="user"][aria-label], #chat [data-testid="bot"][aria-label]';
  const changed = new Set();
  let scheduled = false;
  const relabel = () => {
    scheduled = false;
    for (const bubble of changed) {
      const text = bubble.innerText.replace(/\\s+/g, ' ').trim();
      const label = `${bubble.dataset.testid}'s message: ${text}`;
      if (bubble.getAttribute('aria-label') !== label) bubble.setAttribute('aria-label', label);
    }
    changed.clear();
  };
  const note = (record) => {
    const target = record.target.nodeType === 1 ? record.target : record.target.parentElement;
    const bubble = target && target.closest(BUBBLE);
    if (bubble) changed.add(bubble);
    for (const node of record.addedNodes) {
      if (node.nodeType !== 1) continue;
      if (node.matches(BUBBLE)) changed.add(node);
      node.querySelectorAll(BUBBLE).forEach((inner) => changed.add(inner));
    }
  };
  new MutationObserver((records) => {
    records.forEach(note);
    if (changed.size && !scheduled) {
      scheduled = true;
      requestAnimationFrame(relabel);
    }
  }).observe(document.body, {
    subtree: true, childList: true, characterData: true, attributeFilter: ['aria-label'],
  });
})();
</script>"""


# Asking, in the browser: the box is emptied at once (no round trip) and the question travels on
# in a hidden ``pending`` box, which also says an answer is under way: while it is, Ask keeps the
# new question in the box. When the answer is done, a question that failed goes back into the
# box, unless something new has been typed there meanwhile.
TAKE_QUESTION = """(question, pending) => pending ? [question, pending] : ['', question]"""


GIVE_BACK = """(box, pending) => [box === '' ? pending : box, '']"""


# The chat follows a streaming answer down; once it is finished, with its source cards below it,
# the chat scrolls back to where the answer starts, so that the answer is what the reader sees.
SHOW_ANSWER_START = """() => {
  const show = () => {
    const answers = document.querySelectorAll('#chat .answer');
    const last = answers[answers.length - 1];
    if (!last) return;
    const scrolls = (node) => ['auto', 'scroll'].includes(getComputedStyle(node).overflowY)
      && node.scrollHeight > node.clientHeight + 1;
    let box = last.parentElement;
    while (box && box.id !== 'chat' && !scrolls(box)) box = box.parentElement;
    if (!box || box.id === 'chat') return;
    box.scrollTop += last.getBoundingClientRect().top - box.getBoundingClientRect().top - 48;
  };
  // Now, and again while the chat lays out the finished answer and does its own scrolling (after
  // the first answer it scrolls to the bottom late), unless the reader has scrolled meanwhile.
  const chat = document.querySelector('#chat');
  const timers = [0, 250, 600, 1200].map((wait) => setTimeout(show, wait));
  const stop = () => timers.forEach(clearTimeout);
  for (const kind of ['wheel', 'touchstart', 'keydown', 'mousedown']) {
    chat?.addEventListener(kind, stop, {once: true, passive: true});
  }
}"""


# An article opened from the Coverage table appears below it: bring it into view.
SHOW_ARTICLE = """() => document.querySelector('#article-view')?.scrollIntoView({block: 'start'})"""
