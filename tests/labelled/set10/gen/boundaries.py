"""MIME boundaries as each client writes them, derived from the message slug (set9's mime.py
function, moved out and extended for set10's clients)."""

from __future__ import annotations

import hashlib


def _h(slug: str, n: int = 16) -> str:
    return hashlib.sha256(slug.encode()).hexdigest()[:n]


def _boundary(client: str, slug: str, level: str) -> str:
    h = _h(slug + level, 32).upper()
    return {
        "outlook": f"_{'004' if level == 'mix' else '000'}_HK0PR03MB{h[:12]}apcprd03prod_",
        "foxmail": f"----=_{'001' if level == 'mix' else '002'}_NextPart{int(h[:10], 16)}_=----",
        "coremail": f"----=_Part_{int(h[:6], 16)}_{int(h[6:15], 16)}.1604{int(h[15:20], 16)}",
        "coremail-gb2312": f"----=_Part_{int(h[:6], 16)}_{int(h[6:15], 16)}"
        f".1603{int(h[15:20], 16)}",
        "coremail-gov": f"----=_Part_{int(h[:6], 16)}_{int(h[6:15], 16)}.1604{int(h[15:20], 16)}",
        "qqweb": f"----=_NextPart_{h[:8]}_{h[8:16]}_{h[16:24]}",
        "qqmobile": f"----=_NextPart_{h[:8]}_{h[8:16]}_{h[16:24]}",
        "iphone": f"Apple-Mail-{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}",
        "thunderbird": "------------" + h[:24],
        "win10": f"_{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}_",
        "outlook-mac": f"B_{int(h[:8], 16) % 10**10}_{int(h[8:16], 16) % 10**10}",
        "android": f"--_com.android.email_{int(h[:12], 16)}",
        "wps": f"----=_Part_{int(h[:6], 16)}_{int(h[6:15], 16)}.1605{int(h[15:20], 16)}",
        "mailmaster": f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.mailmaster",
        "qqandroid": f"----=_NextPart_{h[:8]}_{h[8:16]}_{h[16:24]}",
        "sina": f"=-sinamail_{level}_{h[:20]}",
        "m139": f"----=_Part_{int(h[:6], 16)}_{int(h[6:12], 16)}.139mail",
    }.get(client, f"=_{level}_{h[:20]}")
