# CPack: `cmake --build build --target package` (or `cpack` in the build directory) writes
# xmargin_<version>-1_<arch>.deb and xmargin-<version>-Linux.tar.gz into the build directory.
# installer/check-package.sh builds both and checks what the DEB installs.
set(XMARGIN_PACKAGE_MAINTAINER "XMargin maintainers <maintainers@xmargin.invalid>"
    CACHE STRING "Maintainer field of the Debian package")

set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_PACKAGE_NAME xmargin)
set(CPACK_PACKAGE_VENDOR "XMargin contributors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Debian's long description: lines under 80 columns, paragraphs apart (CPack indents them).
set(CPACK_PACKAGE_DESCRIPTION
"XMargin shows what FICC-CME cross-margining does to the initial margin of a
U.S. Treasury portfolio: cash notes and bonds and repo cleared at FICC, hedged
with Treasury, SOFR and Fed funds futures cleared at CME. It puts the
duplicated requirement next to the cross-margined one, position by position,
with charts and a calculation trace.

The package holds the desktop application (xmargin), the command-line engine
(xmargin-cli), manual pages and example portfolios. The figures are model
estimates built from public rules and bundled public data, not a clearing
house's statement.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
# project() names a placeholder address (example.invalid); no package should carry it.
set(CPACK_PACKAGE_HOMEPAGE_URL "")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${XMARGIN_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
# Depends comes from the libraries the programs link (dpkg-shlibdeps).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt's own strings (standard buttons, file dialogs) in the user's language, and a font with
# Japanese glyphs (the Japanese translation shows boxes without one).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-noto-cjk | fonts-droid-fallback")

include(CPack)
