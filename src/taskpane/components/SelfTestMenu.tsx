// 自检 (issue 17) in the pane: a "…" menu in the header, in Word only, with one entry; the dialog
// and the runner load when it is opened. Not part of the normal flow.
import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from "@fluentui/react-components";
import { MoreHorizontal20Regular } from "@fluentui/react-icons";
import { lazy, Suspense, useState } from "react";
import { usePaneShell, useWord } from "../state/pane";

const SelfTestDialog = lazy(() => import(/* webpackChunkName: "self-test" */ "./SelfTestDialog").then((m) => ({ default: m.SelfTestDialog })));

/** The header's "…" menu in Word: 自检. Renders nothing until the Word session is open. */
export function SelfTestMenu() {
  const { t } = usePaneShell();
  const word = useWord();
  const [open, setOpen] = useState(false);
  if (!word?.doc) return null;
  return (
    <>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Button appearance="subtle" icon={<MoreHorizontal20Regular />} aria-label={t("selftest.more")} data-testid="more-menu" />
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem onClick={() => setOpen(true)} data-testid="selftest-open">
              {t("selftest.title")}
            </MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      {open && (
        <Suspense fallback={null}>
          <SelfTestDialog doc={word.doc} t={t} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}

