// The check-in kiosk: the browser camera, a frame about every second to the face check-in endpoint (the session cookie
// authenticates it), the answer on screen; the QR badge as the fallback. No framework: the Blazor page only starts it.
let running = null;

export function start(root, congressId, gate) {
  stop();
  const video = root.querySelector('[data-kiosk=video]');
  const answer = root.querySelector('[data-testid=kiosk-answer]');
  const frames = root.querySelector('[data-testid=kiosk-frames]');
  const canvas = document.createElement('canvas');
  const state = { timer: null, stream: null, sent: 0, busy: false, holdUntil: 0 };
  running = state;
  const base = `/api/attendance/congresses/${congressId}`;

  // A greeting or a badge answer stays on screen a few seconds before the next frame's answer replaces it.
  const show = (text, kind, holdMs) => {
    if (!holdMs && Date.now() < state.holdUntil) return;
    answer.textContent = text; answer.dataset.kind = kind || '';
    state.holdUntil = holdMs ? Date.now() + holdMs : 0;
  };

  // The session cookie alone does not authorise a POST: the antiforgery token goes with it (fetched once, again if refused).
  let csrf = null;
  async function antiforgery(renew) {
    if (!csrf || renew) {
      const response = await fetch('/api/antiforgery/token', { credentials: 'same-origin' });
      csrf = response.ok ? await response.json() : null;
    }
    return csrf ? { [csrf.headerName]: csrf.token } : {};
  }

  async function post(url, body, type, retried) {
    const headers = { 'Content-Type': type, ...(await antiforgery(false)) };
    const response = await fetch(url, { method: 'POST', body, credentials: 'same-origin', headers });
    const json = await response.json().catch(() => ({}));
    if (response.status === 400 && json.code === 'security.antiforgery' && !retried) {
      await antiforgery(true);
      return post(url, body, type, true);
    }
    return { ok: response.ok, json };
  }

  async function sendFrame() {
    if (state.busy || !video.videoWidth) return;
    state.busy = true;
    try {
      canvas.width = video.videoWidth; canvas.height = video.videoHeight;
      canvas.getContext('2d').drawImage(video, 0, 0);
      const blob = await new Promise(resolve => canvas.toBlob(resolve, 'image/jpeg', 0.85));
      const scanKey = `face-${gate}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
      const { ok, json } = await post(`${base}/face-checkins?gate=${encodeURIComponent(gate)}&scanKey=${scanKey}`, blob, 'image/jpeg');
      state.sent++; frames.textContent = String(state.sent);
      if (!ok) { show(json.title || 'Lỗi', 'error'); return; }
      // A new entry's greeting stays a few seconds; "already inside" on the following frames does not push other answers away.
      if (json.checkIn) show(`${json.checkIn.fullName} — ${json.message}`, 'ok', json.checkIn.outcome === 'Recorded' ? 4000 : 0);
      else show(`${json.face.outcome}: ${json.message}`, json.face.outcome === 'Unavailable' ? 'fallback' : 'info');
    } catch (e) {
      show(`Lỗi gửi ảnh: ${e}`, 'error');
    } finally {
      state.busy = false;
    }
  }

  const qr = root.querySelector('[data-kiosk=qr]');
  qr.onsubmit = async (event) => {
    event.preventDefault();
    const input = qr.querySelector('input');
    const { ok, json } = await post(`${base}/qr-checkins`, JSON.stringify({ token: input.value.trim(), gate }), 'application/json');
    show(ok ? json.message : (json.title || 'Thẻ không hợp lệ'), ok ? 'ok' : 'error', 4000);
    if (ok) input.value = '';
  };

  navigator.mediaDevices.getUserMedia({ video: { width: 640, height: 480 }, audio: false })
    .then(stream => {
      if (running !== state) { stream.getTracks().forEach(t => t.stop()); return; }
      state.stream = stream;
      video.srcObject = stream;
      video.play();
      show('Mời đại biểu nhìn vào camera…', 'info');
      state.timer = setInterval(sendFrame, 1000);
    })
    .catch(error => show(`Không mở được camera (${error.name}) → dùng mã QR`, 'fallback'));
}

export function stop() {
  if (!running) return;
  clearInterval(running.timer);
  running.stream?.getTracks().forEach(t => t.stop());
  running = null;
}
