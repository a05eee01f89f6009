import pytest

from newslint.lib.transliteration.romanise import name_key, name_keys

SAME = [
    ("Tehreek-e-Labbaik", "Tehreek-i-Labbaik"),  # the izafe, left out of every key
    ("Hizb-i-Wahdat", "Hizb Wahdat"),
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
    ("Ta'izz", "Taizz"),
    ("Sana'a", "Sanaa"),
    ("Taʿizz", "Taiz"),
    ("Zhytomyr", "Jitomir"),
    ("Tadzhikistan", "Tajikistan"),
    ("Djerba", "Jerba"),
    ("Ghazni", "Gazni"),
    ("Kyrgyzstan", "Kirgizstan"),
    ("Maryupol", "Mariupol"),
    ("Syrdarya", "Sirdaria"),
]
# One name only through one more variation read into a word: dh as d, kh as h, a fused article,
# a dropped short vowel, a long vowel written once, a y before a vowel, w as v.
SAME_WITH_A_VARIATION = [
    ("Tokayev", "Tokaev"),  # a y between two vowels
    ("Makeyevka", "Makeevka"),
    ("Kadhimi", "Kadimi"),
    ("Hadhramaut", "Hadramaut"),
    ("Mikhail", "Mihail"),
    ("Khorog", "Horog"),
    ("Deir Ezzor", "Deir al-Zour"),
    ("Arrastan", "ar-Rastan"),
    ("Assafira", "al-Safira"),
    ("Zabadani", "Zabdani"),
    ("Misurata", "Misrata"),
    ("Tulkarem", "Tulkarm"),  # a short vowel in the last syllable
    ("Farmaajo", "Farmajo"),  # a long vowel written twice
    ("Kismaayo", "Kismayo"),
    ("Saada", "Sa'dah"),
    ("Jabaliya", "Jabalia"),  # the glide after an i
    ("Aliyev", "Aliev"),
    ("Nabatiyeh", "Nabatieh"),
    ("Bryansk", "Briansk"),  # a y before a vowel as i
    ("Chechnya", "Chechnia"),
    ("Ahwaz", "Ahvaz"),  # w or v
]
DIFFERENT = [
    ("Iran", "Iraq"),
    ("Hama", "Hamas"),
    ("Niger", "Nigeria"),
    ("Sudan", "South Sudan"),
    ("Sudan", "Sudanese"),
    ("Austria", "Australia"),
    ("Gaza", "Ghazal"),
    ("Mosul", "Mousa"),
    ("Mosul", "Mosel"),
    ("Ramadi", "Ramadan"),
    ("Dish", "Daesh"),
    ("Daisy", "Daesh"),
    ("Madden", "Mayadin"),
    ("Maiden", "Mayadin"),
    ("Median", "Mayadin"),
    ("Ricky", "Raqqa"),
    ("Hams", "Homs"),
    ("Hafez al-Assad", "Bashar al-Assad"),
    ("Marine", "Marianna"),
    ("Syria", "Syrian"),
    ("Iraq", "Iraqi"),
    ("Sunni", "Sunna"),
    ("Oman", "Omar"),
    ("Mali", "Malik"),
    ("Gambia", "Zambia"),
    ("Slovakia", "Slovenia"),
    ("Dubai", "Dubrovnik"),
    ("Aden", "Eden"),
    ("Shanxi", "Shaanxi"),
    ("Colombia", "Columbia"),
    ("Baath", "Bath"),
    ("Assad", "Saad"),
    ("Essam", "Sam"),
    ("Allen", "Len"),
    ("Lyons", "Lions"),
    ("Wyatt", "Witt"),
    ("Hamadani", "Hamidani"),
    ("Bryan", "Brain"),
    ("Yemen", "Yemeni"),
    ("Oman", "Omani"),
    ("Iran", "Iranian"),
    ("Israel", "Israeli"),
    ("Walid", "Valid"),  # a w at a word's start stays a w
    ("Goya", "Goa"),  # a glide read out leaves a key too short to pair
    ("Maya", "Mia"),
]


def one_name(a: str, b: str) -> bool:
    """As NL203 reads two names: the key of one is a key of the other."""
    return name_key(a) in name_keys(b) or name_key(b) in name_keys(a)


@pytest.mark.parametrize(("a", "b"), SAME)
def test_romanisations_of_one_name_share_a_key(a, b):
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(("a", "b"), SAME_WITH_A_VARIATION)
def test_a_variation_read_into_one_word_makes_one_name(a, b):
    assert name_key(a) != name_key(b)
    assert one_name(a, b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_names_keep_different_keys(a, b):
    assert not one_name(a, b)


def test_two_variations_never_add_up():
    # each drops a vowel to the same other key, which is never compared with another other key
    assert set(name_keys("Hamadani")[1:]) & set(name_keys("Hamidani")[1:])
    assert not one_name("Hamadani", "Hamidani")
