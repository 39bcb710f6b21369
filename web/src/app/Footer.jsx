// The page's last words: it works offline.
export function Footer({ i18n }) {
  return (
    <footer class="site-footer">
      <p>{i18n.t('footer.offline')}</p>
    </footer>
  );
}
