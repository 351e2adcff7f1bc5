// Checks the draft as the writer types: debounced, one request in flight, replies to stale requests ignored.
(function () {
  'use strict';

  var DELAY_MS = 300;
  var RANK = { advise: 1, review: 2, block: 3 };
  var VERDICTS = {
    allow: ['Fine to publish.', 'Nothing in this post breaks the Code of Conduct.'],
    advise: ['Fine to publish, with advice.', 'You may post it, but read the advice below first.'],
    review: ['Check before publishing.', 'Someone should look at this before it is posted: see below for who.'],
    block: ['Do not publish this.', 'It breaks the Code of Conduct: see below why and what to do instead.']
  };

  var text = document.getElementById('post-text');
  var highlights = document.getElementById('highlights');
  var verdict = document.getElementById('verdict');
  var findings = document.getElementById('findings');
  var channel = document.getElementById('channel');
  var audience = document.getElementById('audience');
  var form = document.getElementById('draft');

  var advice = {};
  var sequence = 0;
  var timer = 0;
  var inFlight = null;

  function role() {
    var checked = form.querySelector('input[name="role"]:checked');
    return checked ? checked.value : 'other';
  }

  function draft() {
    return {
      id: 'draft',
      text: text.value,
      author: { role: role() },
      channel: channel.value,
      recipients: audience.value ? [{ role: audience.value }] : []
    };
  }

  function schedule(delay) {
    window.clearTimeout(timer);
    timer = window.setTimeout(check, delay);
  }

  function check() {
    var mine = ++sequence;
    if (inFlight) {
      inFlight.abort();
    }

    var post = draft();
    if (post.text.trim() === '') {
      inFlight = null;
      render(post.text, null);
      return;
    }

    inFlight = new AbortController();
    findings.setAttribute('aria-busy', 'true');
    fetch('/api/check', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(post),
      signal: inFlight.signal
    }).then(function (response) {
      return response.json().then(function (result) { return { ok: response.ok, result: result }; });
    }).then(function (reply) {
      if (mine !== sequence) {
        return; // the writer has typed since: a newer request will answer
      }
      findings.removeAttribute('aria-busy');
      if (!reply.ok || reply.result.error) {
        showError(reply.result.error ? reply.result.error.message : 'The check failed.');
        return;
      }
      render(post.text, reply.result);
    }).catch(function (error) {
      if (error.name === 'AbortError' || mine !== sequence) {
        return;
      }
      findings.removeAttribute('aria-busy');
      showError('The checker could not be reached. Is it still running?');
    });
  }

  function showError(message) {
    verdict.className = 'verdict verdict-error';
    verdict.textContent = message;
    clear(findings);
    clear(highlights);
  }

  function clear(element) {
    while (element.firstChild) {
      element.removeChild(element.firstChild);
    }
  }

  function render(source, result) {
    clear(findings);
    if (!result) {
      verdict.className = 'verdict verdict-empty';
      verdict.textContent = 'Start typing to check your post.';
      paintHighlights(source, []);
      return;
    }

    var words = VERDICTS[result.verdict] || VERDICTS.review;
    verdict.className = 'verdict verdict-' + result.verdict;
    verdict.textContent = words[0] + ' ';
    var detail = document.createElement('small');
    var count = result.findings.length;
    detail.textContent = words[1] + (count > 0 ? ' (' + count + (count === 1 ? ' finding)' : ' findings)') : '');
    verdict.appendChild(detail);

    paintHighlights(source, result.findings);
    result.findings.forEach(function (finding, index) {
      findings.appendChild(describe(finding, index));
    });
  }

  // Marks every character that some finding covers with the highest severity covering it.
  function paintHighlights(source, list) {
    clear(highlights);
    var level = new Array(source.length).fill(0);
    list.forEach(function (f) {
      var end = Math.min(source.length, f.start + f.length);
      for (var i = Math.max(0, f.start); i < end; i++) {
        level[i] = Math.max(level[i], RANK[f.severity] || 2);
      }
    });

    var names = ['', 'advise', 'review', 'block'];
    var i = 0;
    while (i < source.length) {
      var j = i;
      while (j < source.length && level[j] === level[i]) {
        j++;
      }
      var piece = source.slice(i, j);
      if (level[i] > 0) {
        var mark = document.createElement('mark');
        mark.className = 'sev-' + names[level[i]];
        mark.textContent = piece;
        highlights.appendChild(mark);
      } else {
        highlights.appendChild(document.createTextNode(piece));
      }
      i = j;
    }
    // A trailing newline needs a character after it to take up its line, as it does in the textarea.
    highlights.appendChild(document.createTextNode('\u200b'));
    highlights.scrollTop = text.scrollTop;
  }

  function describe(finding, index) {
    var item = document.createElement('li');
    item.className = 'finding';
    item.id = 'finding-' + index;

    var heading = document.createElement('h3');
    heading.textContent = label(finding.category) + ', clause ' + finding.clause;
    var badge = document.createElement('span');
    badge.className = 'badge sev-' + finding.severity;
    badge.textContent = finding.severity;
    heading.appendChild(badge);
    item.appendChild(heading);

    var where = document.createElement('p');
    if (finding.length > 0) {
      where.appendChild(document.createTextNode('In your text: '));
      var excerpt = document.createElement('span');
      excerpt.className = 'excerpt';
      excerpt.textContent = '\u201c' + finding.excerpt + '\u201d';
      where.appendChild(excerpt);
      var show = document.createElement('button');
      show.type = 'button';
      show.className = 'show';
      show.textContent = 'Select in text';
      show.setAttribute('aria-label', 'Select \u201c' + finding.excerpt + '\u201d in your post');
      show.addEventListener('click', function () {
        text.focus();
        text.setSelectionRange(finding.start, finding.start + finding.length);
      });
      where.appendChild(show);
    } else {
      where.textContent = 'About the whole post.';
    }
    item.appendChild(where);

    var tips = advice[finding.category] || {};
    item.appendChild(line('Why: ', finding.message));
    if (tips.instead) {
      item.appendChild(line('Instead: ', tips.instead));
    }
    var contact = tips.contact || (finding.escalateTo && finding.escalateTo !== 'author' ? finding.escalateTo : null);
    item.appendChild(line('Contact: ', contact || 'No one: this is yours to fix before posting.'));
    return item;
  }

  function line(title, body) {
    var p = document.createElement('p');
    var strong = document.createElement('strong');
    strong.textContent = title;
    p.appendChild(strong);
    p.appendChild(document.createTextNode(body));
    return p;
  }

  function label(category) {
    return category.replace(/([a-z])([A-Z])/g, '$1 $2');
  }

  text.addEventListener('input', function () { schedule(DELAY_MS); });
  text.addEventListener('scroll', function () { highlights.scrollTop = text.scrollTop; });
  form.addEventListener('change', function (event) {
    if (event.target !== text) {
      schedule(0);
    }
  });
  form.addEventListener('submit', function (event) { event.preventDefault(); });

  fetch('/api/advice').then(function (r) { return r.json(); }).then(function (table) {
    advice = table;
  }).catch(function () { /* advice is a nicety; findings still show */ }).then(function () {
    if (text.value) {
      schedule(0);
    }
  });
}());
