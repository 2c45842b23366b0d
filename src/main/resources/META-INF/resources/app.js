"use strict";
// Khabar's chat page: plain DOM, no framework. Server text only ever goes through textContent (never innerHTML).
(() => {
  const $ = (id) => document.getElementById(id);
  const conversation = $("conversation");
  const form = $("ask");
  const input = $("question");
  const send = $("send");
  const status = $("status");
  const sourcePanel = $("source");
  const articleCache = new Map();
  let conversationId = sessionStorage.getItem("khabar.conversationId");
  let busy = false;
  let lastCiteButton = null;

  const el = (tag, attrs = {}, text) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const hasDevanagari = (s) => /[\u0900-\u097F]/.test(s);

  function addTurn(kind, text) {
    const li = el("li", { class: `turn ${kind}` });
    if (text !== undefined) li.textContent = text;
    if (text && hasDevanagari(text)) li.lang = "hi";
    conversation.appendChild(li);
    li.scrollIntoView({ block: "end", behavior: "smooth" });
    return li;
  }

  /** Answer text with its [n] markers turned into buttons that open the cited source. */
  function renderAnswer(target, answer, citations) {
    const byNumber = new Map(citations.map((c) => [c.n, c]));
    target.textContent = "";
    for (const part of answer.split(/(\[\d+\])/)) {
      const m = /^\[(\d+)\]$/.exec(part);
      const citation = m && byNumber.get(Number(m[1]));
      if (citation) {
        const b = el("button", { type: "button", class: "cite", "aria-pressed": "false",
          "aria-label": `Source ${citation.n}: ${citation.title}`, "data-n": String(citation.n) }, `[${citation.n}]`);
        b.addEventListener("click", () => openSource(citation, b));
        target.appendChild(b);
      } else if (part) {
        target.appendChild(document.createTextNode(part));
      }
    }
  }

  function finish(li, answerEl, reply) {
    li.classList.remove("pending");
    li.setAttribute("aria-busy", "false");
    conversationId = reply.conversationId || conversationId;
    if (conversationId) sessionStorage.setItem("khabar.conversationId", conversationId);
    if (!reply.grounded) {
      li.classList.add("refusal");
      li.insertBefore(el("p", { class: "label" }, "Not in the articles"), answerEl);
    }
    renderAnswer(answerEl, reply.answer, reply.citations || []);
    if (reply.citations && reply.citations.length) {
      const list = el("ol", { class: "sources", "aria-label": "Sources" });
      for (const c of reply.citations) {
        const item = el("li", { value: String(c.n) }, c.title);
        item.lang = "hi";
        list.appendChild(item);
      }
      li.appendChild(list);
    }
    for (const w of reply.warnings || []) li.appendChild(el("p", { class: "meta" }, w));
  }

  function fail(li, message) {
    li.className = "turn error";
    li.textContent = message;
    li.setAttribute("aria-busy", "false");
    status.textContent = message;
  }

  /** Reads a text/event-stream body, calling onEvent(name, data) per event. */
  async function readEvents(response, onEvent) {
    const reader = response.body.getReader();
    const decoder = new TextDecoder("utf-8");
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, "\n");
      let cut;
      while ((cut = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        let name = "message";
        const data = [];
        for (const line of block.split("\n")) {
          if (line.startsWith("event:")) name = line.slice(6).trim();
          else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
        }
        if (data.length) onEvent(name, JSON.parse(data.join("\n")));
      }
    }
  }

  async function errorMessage(response) {
    try {
      const body = await response.json();
      if (body && body.error) return `${body.error} (${response.status})`;
    } catch (e) { /* not JSON */ }
    return `Khabar answered with an error (${response.status}).`;
  }

  async function ask(question) {
    if (busy) return;
    question = question.trim();
    if (!question) { status.textContent = "Type a question first."; input.focus(); return; }
    busy = true;
    send.disabled = true;
    status.textContent = "";
    $("examples").hidden = true;
    addTurn("user", question);
    const li = addTurn("bot pending");
    li.setAttribute("aria-busy", "true");
    const answerEl = el("p", { class: "answer" });
    li.appendChild(answerEl);
    let finished = false;
    try {
      const response = await fetch("api/chat/stream", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "text/event-stream" },
        body: JSON.stringify(conversationId ? { question, conversationId } : { question }),
      });
      if (!response.ok) { fail(li, await errorMessage(response)); return; }
      await readEvents(response, (name, data) => {
        if (name === "token") {
          answerEl.textContent += data.text;
          if (hasDevanagari(data.text)) li.lang = "hi";
        } else if (name === "done") {
          finished = true;
          finish(li, answerEl, data);
        } else if (name === "error") {
          finished = true;
          fail(li, data.error || "The answer failed.");
        }
      });
      if (!finished) fail(li, "The answer was cut off. Please ask again.");
    } catch (e) {
      fail(li, "Khabar is not reachable. Is the service running?");
    } finally {
      busy = false;
      send.disabled = false;
      li.scrollIntoView({ block: "end", behavior: "smooth" });
    }
  }

  async function article(id) {
    if (!articleCache.has(id)) {
      const response = await fetch(`api/documents/${encodeURIComponent(id)}`);
      if (!response.ok) throw new Error(await errorMessage(response));
      articleCache.set(id, await response.json());
    }
    return articleCache.get(id);
  }

  /** Shows an article; with a citation, its snippet is highlighted at the citation's code-point offsets. */
  async function openSource(citation, button) {
    document.querySelectorAll(".cite[aria-pressed=true]").forEach((b) => b.setAttribute("aria-pressed", "false"));
    if (button) { button.setAttribute("aria-pressed", "true"); lastCiteButton = button; }
    const text = $("source-text");
    sourcePanel.hidden = false;
    $("source-title").textContent = citation.n ? `Source [${citation.n}]` : "Article";
    $("source-meta").textContent = citation.title || citation.documentId;
    text.textContent = "Loading…";
    try {
      const doc = await article(citation.documentId);
      $("source-meta").textContent = `${doc.title} · ${doc.id}`;
      text.textContent = "";
      if (citation.start === undefined) {
        text.textContent = doc.text;
      } else {
        // Offsets count code points; Array.from splits by code point, so astral characters stay whole.
        const cps = Array.from(doc.text);
        const mark = el("mark", {}, cps.slice(citation.start, citation.end).join(""));
        text.append(cps.slice(0, citation.start).join(""), mark, cps.slice(citation.end).join(""));
        mark.scrollIntoView({ block: "center" });
      }
    } catch (e) {
      text.textContent = `Could not load the article: ${e.message}`;
    }
    sourcePanel.focus();
  }

  function closeSource() {
    if (sourcePanel.hidden) return;
    sourcePanel.hidden = true;
    if (lastCiteButton) { lastCiteButton.setAttribute("aria-pressed", "false"); lastCiteButton.focus(); }
  }

  async function loadArticles() {
    const list = $("articles");
    try {
      const response = await fetch("api/documents");
      if (!response.ok) throw new Error(await errorMessage(response));
      const body = await response.json();
      list.textContent = "";
      for (const d of body.documents) {
        const li = el("li");
        if (d.status === "error") {
          li.className = "bad";
          li.textContent = `${d.id}: could not be read (${d.error || "error"})`;
        } else {
          const b = el("button", { type: "button", class: "link" }, d.title || d.id);
          b.lang = "hi";
          b.addEventListener("click", () => openSource({ documentId: d.id, title: d.title }, null));
          li.appendChild(b);
        }
        list.appendChild(li);
      }
      if (!body.documents.length) list.appendChild(el("li", { class: "muted" }, "No articles ingested yet."));
    } catch (e) {
      list.textContent = "";
      list.appendChild(el("li", { class: "bad" }, "Could not load the article list. Is the service running?"));
    }
  }

  form.addEventListener("submit", (e) => { e.preventDefault(); const q = input.value; input.value = ""; ask(q); });
  input.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing) { e.preventDefault(); form.requestSubmit(); }
  });
  document.querySelectorAll(".example").forEach((b) => b.addEventListener("click", () => ask(b.textContent)));
  $("close-source").addEventListener("click", closeSource);
  document.addEventListener("keydown", (e) => { if (e.key === "Escape") closeSource(); });
  $("new-chat").addEventListener("click", () => {
    conversationId = null;
    sessionStorage.removeItem("khabar.conversationId");
    conversation.textContent = "";
    $("examples").hidden = false;
    input.focus();
  });
  loadArticles();
})();
