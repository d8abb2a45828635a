"""The Linux desktop files: one reverse-DNS id everywhere, complete AppStream metainfo, a file type
for workspaces; ``desktop-file-validate`` and ``appstreamcli validate`` pass when installed
(Debian packages ``desktop-file-utils`` and ``appstream``)."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.app import DESKTOP_ID

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{DESKTOP_ID}.desktop"
METAINFO = LINUX / f"{DESKTOP_ID}.metainfo.xml"
MIME = LINUX / f"{DESKTOP_ID}.mime.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def desktop_entry(path: Path = DESKTOP) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def project() -> dict[str, str]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_one_reverse_dns_id_names_the_entry_the_component_the_icon_and_the_app() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == DESKTOP_ID
    assert DESKTOP_ID.count(".") >= 2 and DESKTOP_ID.split(".")[0] in {"io", "org", "com"}
    launchable = component.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    assert desktop_entry()["Icon"] == DESKTOP_ID


def test_the_metainfo_has_what_software_centres_show() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("project_license") == project()["license"] == "EUPL-1.2"
    assert component.findtext("url[@type='homepage']", "").startswith("https://")
    developer = component.find("developer")
    assert developer is not None and developer.get("id") and developer.findtext("name")
    assert component.find("content_rating[@type='oars-1.1']") is not None
    releases = component.findall("releases/release")
    assert releases and releases[0].get("version") == project()["version"]
    image = component.findtext("screenshots/screenshot[@type='default']/image", "")
    assert image.startswith("https://") and image.endswith("docs/screenshot.png")
    assert (ROOT / "docs" / "screenshot.png").is_file()


def test_workspace_files_are_a_file_type_the_app_opens() -> None:
    mime_type = ET.parse(MIME).getroot().find(f"{MIME_NS}mime-type")
    assert mime_type is not None
    assert [g.get("pattern") for g in mime_type.findall(f"{MIME_NS}glob")] == ["*.emptychair"]
    name = mime_type.get("type")
    entry = desktop_entry()
    assert entry["MimeType"] == f"{name};"
    assert entry["Exec"].endswith(" %f")  # the double-clicked file is passed on
    provided = ET.parse(METAINFO).getroot().findtext("provides/mediatype")
    assert provided == name


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_desktop_file_validate_passes() -> None:
    done = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and done.stdout == "", done.stdout + done.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream")
def test_appstreamcli_validate_passes() -> None:
    # --no-net: no network here; the URLs are checked for form, not fetched.
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    # Warnings fail too; infos may stay (AppStream before 1.0 does not know <developer>).
    assert "W:" not in done.stdout and "E:" not in done.stdout, done.stdout
