import pytest

from newslint.lib.transliteration.romanise import name_key

SAME = [
    ("Tal Hamis", "Tel Hamees"),
    ("Raqqa", "Raqqeh"),
    ("Raqqah", "ar-Raqqa"),
    ("Mayadin", "al-Mayadeen"),
    ("Dayr az-Zawr", "Deir ez-Zor"),
    ("Hasakah", "Hasakeh"),
    ("Abu Kamal", "Abukamal"),
    ("Mohammed", "Muhammad"),
    ("Hussein", "Husayn"),
    ("Qaeda", "Qaida"),
    ("Kyiv", "Kiev"),
    ("Kharkiv", "Kharkov"),
    ("Odesa", "Odessa"),
    ("Shawkat", "Shoukat"),
    ("Dhiab", "Ziab"),
    ("Ḩamāh", "Hamah"),
    ("Luhansk", "Luhans'k"),
    ("Ma'arrat", "Maʻarrat"),
]
DIFFERENT = [
    ("Iran", "Iraq"),
    ("Hama", "Hamas"),
    ("Niger", "Nigeria"),
    ("Sudan", "South Sudan"),
    ("Austria", "Australia"),
    ("Gaza", "Ghazal"),
    ("Mosul", "Mousa"),
    ("Mosul", "Mosel"),
    ("Ramadi", "Ramadan"),
    ("Dish", "Daesh"),
    ("Madden", "Mayadin"),
    ("Ricky", "Raqqa"),
    ("Hams", "Homs"),
    ("Hafez al-Assad", "Bashar al-Assad"),
    ("Marine", "Marianna"),
    ("Syria", "Syrian"),
    ("Iraq", "Iraqi"),
    ("Sunni", "Sunna"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_romanisations_of_one_name_share_a_key(a, b):
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_names_keep_different_keys(a, b):
    assert name_key(a) != name_key(b)
